/** No one through the API; only server code with overrideAccess. */
export const nobody = (): boolean => false
