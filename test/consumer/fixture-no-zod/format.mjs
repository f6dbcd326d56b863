import assert from 'node:assert/strict';
import {
  formatDate,
  formatDateRange,
  formatDateTime,
  formatDayCount,
  formatTime,
  KommunalValidationError,
  parseGermanDate,
} from 'kommunal/format';

assert.equal(formatDate('2024-04-15', { style: 'full' }), 'Montag, 15. April 2024');
assert.equal(formatDateRange('2024-03-28', '2024-04-02'), '28. März – 2. April 2024');
assert.equal(formatDateTime('2024-04-15T09:30'), 'Montag, 15. April 2024, 9:30 Uhr');
assert.equal(
  formatTime('2017-06-13T15:00:00Z', { timeZone: 'America/Chicago', showTimeZone: true }),
  '10 Uhr Ortszeit Chicago',
);
assert.equal(formatDayCount(4), 'viertägig');
assert.equal(parseGermanDate('Montag, den 15. April 2024'), '2024-04-15');
assert.throws(() => formatDate('2024-02-30'), KommunalValidationError);
console.log(`ESM kommunal/format without zod, ${process.version}: ${formatDate('2024-04-15')}`);
