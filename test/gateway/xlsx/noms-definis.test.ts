import ExcelJS from "exceljs";
import { lireFichierNavigateur } from "../../../src/apercu/ouvrir-fichier";
import type { WorkbookSnapshot } from "../../../src/domain/classeur/snapshot";
import { installerHote } from "../../../src/gateway/host-simule";
import type { EspaceExcel } from "../../../src/gateway/office/erreurs";
import { OfficeGateway } from "../../../src/gateway/office/office-gateway";
import { lireClasseurXlsx } from "../../../src/gateway/xlsx/lire-xlsx";
import { nomsDefinis } from "../../../src/gateway/xlsx/noms-definis";

/**
 * Un fichier ouvert dans l'aperçu garde ses listes déroulantes à source nommée (« =Reponses ») :
 * les noms définis du classeur passent à l'hôte simulé (`workbook.names`), et la passerelle Office
 * résout la liste comme la CLI (lecteur xlsx).
 */
async function classeurNomme(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const axe = wb.addWorksheet("Axe 1");
  const listes = wb.addWorksheet("Listes");
  ["Oui", "Non", "En cours"].forEach((v, i) => (listes.getCell(i + 1, 1).value = v));
  listes.getCell("C1").value = 12;
  wb.definedNames.add("'Listes'!$A$1:$A$3", "Reponses");
  wb.definedNames.add("'Listes'!$C$1", "Seuil");
  axe.getCell("B2").value = "La démarche est-elle engagée ?";
  axe.getCell("C2").dataValidation = { type: "list", allowBlank: true, formulae: ["Reponses"] };
  axe.getCell("C3").dataValidation = { type: "list", allowBlank: true, formulae: ['"A,B"'] };
  axe.getCell("D4").value = { formula: "Seuil*2", result: 24 };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const lireParOffice = async (s: WorkbookSnapshot, noms?: Record<string, string>) =>
  new OfficeGateway(
    installerHote(s, noms ? { noms } : {}).Excel as unknown as EspaceExcel,
  ).readSnapshot();

const validations = (s: WorkbookSnapshot) => s.sheets.find((f) => f.name === "Axe 1")?.validations;

describe("noms définis d'un fichier ouvert dans l'aperçu", () => {
  it("nomsDefinis : nom → première plage, portée classeur", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await classeurNomme()) as never);
    expect(nomsDefinis(wb)).toEqual({ Reponses: "Listes!$A$1:$A$3", Seuil: "Listes!$C$1" });
  });

  it("la liste à source nommée est résolue comme par la CLI ; sans les noms, elle ne l'était pas", async () => {
    const octets = await classeurNomme();
    const cli = await lireClasseurXlsx(octets);
    const lu = await lireFichierNavigateur(octets, "nomme.xlsx");
    expect(lu.noms).toEqual({ Reponses: "Listes!$A$1:$A$3", Seuil: "Listes!$C$1" });
    const apercu = await lireParOffice(lu.snapshot, lu.noms);
    const attendues = validations(cli);
    expect(attendues?.[0]?.values).toEqual(["Oui", "Non", "En cours"]);
    expect(validations(apercu)).toEqual(attendues);
    // Ce que faisait l'aperçu avant : la source nommée restait sans valeurs.
    const sansNoms = await lireParOffice(lu.snapshot);
    expect(validations(sansNoms)?.find((v) => v.source === "=Reponses")?.values).toBeUndefined();
  });

  it("une formule qui cite un nom est recalculée après une saisie", async () => {
    const lu = await lireFichierNavigateur(await classeurNomme(), "nomme.xlsx");
    const id = (nom: string) => lu.snapshot.sheets.find((f) => f.name === nom)?.id ?? "";
    const d4 = (h: ReturnType<typeof installerHote>) =>
      h.etat.vue(id("Axe 1"))?.values[3 - 1]?.[3 - 1]; // D4, vue depuis B2
    const avec = installerHote(lu.snapshot, { noms: lu.noms });
    avec.etat.saisir(id("Listes"), 0, 2, 20);
    expect(d4(avec)).toBe(40);
    const sans = installerHote(lu.snapshot);
    sans.etat.saisir(id("Listes"), 0, 2, 20);
    expect(d4(sans)).not.toBe(40);
  });
});
