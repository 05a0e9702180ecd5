/** Public: anonymous visitors included. */
export const anyone = (): boolean => true
