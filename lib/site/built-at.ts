/** The moment the site was built: what its HTML is right as of, before the browser corrects it. */
export const builtAt = Date.now();
