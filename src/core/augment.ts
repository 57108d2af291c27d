// Interfaces users extend by module augmentation to type their own data. They are empty here on
// purpose: an empty interface adds nothing until an app declares, for example,
//   declare module "clerk-fn/core" { interface CustomJwtSessionClaims { tenant: string } }
// and then `toAuth().sessionClaims.tenant` is a string.

/** Custom claims your session token template adds (Dashboard → Sessions → Customize session token). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CustomJwtSessionClaims {}
