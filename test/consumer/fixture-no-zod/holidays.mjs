import assert from 'node:assert/strict';
import { isPublicHoliday, KommunalValidationError, publicHolidayOn, publicHolidays } from 'kommunal/holidays';

assert.equal(isPublicHoliday('2024-11-20', 'DE-SN'), true);
assert.equal(isPublicHoliday('2024-11-20', 'DE-HE'), false);
assert.equal(publicHolidayOn('2024-10-03', 'DE-BY')?.name, 'Tag der Deutschen Einheit');
assert.equal(publicHolidays(2024, 'DE-SN').length, 12);
assert.throws(() => publicHolidays(2024, 'DE-XX'), KommunalValidationError);
console.log(
  `ESM kommunal/holidays without zod, ${process.version}: ${publicHolidays(2024, 'DE-BY').length} Feiertage in Bayern 2024`,
);
