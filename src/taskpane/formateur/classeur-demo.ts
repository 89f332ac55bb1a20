import adresse from "../../../assets/exemples/diagnostic-exemple.xlsx";

/**
 * Classeur de démonstration (le classeur d'exemple, `npm run exemple`) en base64, pour
 * `Excel.createWorkbook`. Module chargé à la demande (morceau webpack « classeur-demo ») : il
 * n'alourdit pas le volet au démarrage.
 */
export const CLASSEUR_DEMO_BASE64: string = adresse.slice(adresse.indexOf(",") + 1);
