/** Classeurs .xlsx importés par webpack en « asset/inline » : une adresse data: en base64. */
declare module "*.xlsx" {
  const adresse: string;
  export default adresse;
}
