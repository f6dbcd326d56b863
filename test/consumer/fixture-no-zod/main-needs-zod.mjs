// The README says that `kommunal` itself needs zod; this holds it to that.
try {
  await import('kommunal');
  console.log('kommunal loaded without zod');
} catch (error) {
  console.log(error.code === 'ERR_MODULE_NOT_FOUND' && /'zod'/.test(error.message) ? 'needs zod' : String(error));
}
