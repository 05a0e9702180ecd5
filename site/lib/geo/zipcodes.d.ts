/** The part of the `zipcodes` package (no types of its own) that the build reads. */
declare module 'zipcodes' {
  type ZipCode = { zip: string; latitude: number; longitude: number; city: string; state: string; country: string }
  const zipcodes: { codes: Record<string, ZipCode> }
  export default zipcodes
}
