const assert = require('node:assert/strict');
const { isPublicHoliday, KommunalValidationError, publicHolidays } = require('kommunal/holidays');

assert.equal(isPublicHoliday('2024-10-31', 'DE-SN'), true);
assert.equal(publicHolidays(2024, 'DE-HE').length, 10);
assert.throws(() => publicHolidays(2024, 'DE-XX'), KommunalValidationError);
console.log(
  `CJS kommunal/holidays without zod, ${process.version}: ${publicHolidays(2024, 'DE-HE').length} Feiertage in Hessen 2024`,
);
