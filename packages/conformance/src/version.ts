import pkg from '../package.json' with { type: 'json' };

/** The kit's own version, written into every report. */
export const KIT_VERSION: string = pkg.version;
