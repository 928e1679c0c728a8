// Cockpit's configuration for HRD Support (this file replaces the webjar's own, whose settings are all
// commented out). Our views for the HR section and the auditors are plain ES modules under hrd/.
export default {
  customScripts: ['hrd/views'],
};
