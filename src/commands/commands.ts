/**
 * Fichier de fonctions du ruban (FunctionFile du manifeste). Le bouton « Diagnostic CPOM » ouvre
 * le volet par l'action ShowTaskpane : il n'appelle aucune fonction. Ce fichier ne fait que
 * s'initialiser, comme Office l'exige ; une commande ajoutée plus tard (action ExecuteFunction)
 * s'enregistre ici avec `Office.actions.associate(nom, fonction)`.
 */
const office = (globalThis as { Office?: typeof Office }).Office;
if (office) void office.onReady();
