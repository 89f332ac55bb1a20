declare module "exceljs/lib/xlsx/xml/theme1.js" {
  const xml: string;
  export default xml;
}
