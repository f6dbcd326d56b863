const assert = require('node:assert/strict');
const {
  formatDate,
  formatDateRange,
  formatTimeRange,
  KommunalValidationError,
  yearsSince,
} = require('kommunal/format');

assert.equal(formatDate('2024-04-15', { style: 'numeric' }), '15.04.2024');
assert.equal(formatDateRange('2024-12-30', '2025-01-02'), '30. Dezember 2024 – 2. Januar 2025');
assert.equal(formatTimeRange('2024-04-15T09:30', '2024-04-15T11:00'), '9:30–11:00 Uhr');
assert.equal(yearsSince('1997', '2017-06-13'), 20);
assert.throws(() => formatDate('2024-02-30'), KommunalValidationError);
console.log(`CJS kommunal/format without zod, ${process.version}: ${formatDate('2024-04-15')}`);
