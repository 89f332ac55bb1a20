import type { WorkbookSnapshot } from "../../../src/domain/classeur/snapshot";
import { installerHote, type OptionsHote } from "../../../src/gateway/host-simule";
import type { EspaceExcel } from "../../../src/gateway/office/erreurs";
import { OfficeGateway } from "../../../src/gateway/office/office-gateway";
import { classeurDe, feuilleDe } from "../../domain/classeur/fabrique";

/** Une feuille de saisie dont la colonne B a une liste par source `source`, et un onglet Listes. */
function classeur(source: string): WorkbookSnapshot {
  const saisie = feuilleDe("Saisie", [["Question", "Oui"]], { id: "s" });
  const listes = feuilleDe("Listes", [["Oui"], ["Non"], ["En partie"]], { id: "l", position: 1 });
  return classeurDe([
    {
      ...saisie,
      validations: [{ range: { top: 0, left: 1, bottom: 0, right: 1 }, type: "list", source }],
    },
    listes,
  ]);
}

async function lire(source: string, o: OptionsHote) {
  const h = installerHote(classeur(source), o);
  const g = new OfficeGateway(h.Excel as unknown as EspaceExcel);
  const snap = await g.readSnapshot();
  return { v: snap.sheets[0]!.validations[0], syncs: h.stats.syncs };
}

describe("OfficeGateway : listes dont la source est un nom défini", () => {
  it.each([
    ["=REPONSES", { REPONSES: "'Listes'!$A$1:$A$3" }],
    ["=reponses", { Reponses: "Listes!$A$1:$A$3" }],
    ["=Listes!$A$1:$A$3", {}],
  ])("source %s : valeurs lues, toujours en 2 sync", async (source, noms) => {
    const { v, syncs } = await lire(source, { noms });
    expect(v?.values).toEqual(["Oui", "Non", "En partie"]);
    expect(syncs).toBe(2);
  });

  it("un nom inconnu ou qui ne désigne pas une plage laisse la liste sans valeurs", async () => {
    const cas: Record<string, string>[] = [{}, { REPONSES: '"Oui,Non"' }];
    for (const noms of cas) {
      const { v } = await lire("=REPONSES", { noms });
      expect(v?.source).toBe("=REPONSES");
      expect(v?.values).toBeUndefined();
    }
  });
});
