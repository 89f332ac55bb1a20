import {
  ouvrirDemonstration,
  type EnvironnementDemo,
} from "../../../src/taskpane/formateur/demonstration";
import { TF } from "../../../src/taskpane/formateur/textes";

/** « Ouvrir le classeur de démonstration » : Excel (createWorkbook, ExcelApi 1.8), aperçu, refus. */

function env(o: Partial<EnvironnementDemo> = {}) {
  const appels: string[] = [];
  const e: EnvironnementDemo = {
    excel: { createWorkbook: async (b) => void appels.push(`createWorkbook:${b ?? ""}`) },
    prisEnCharge: () => true,
    apercu: false,
    chargerBase64: async () => {
      appels.push("charger");
      return "UEsDBA==";
    },
    recharger: () => void appels.push("recharger"),
    ...o,
  };
  return { e, appels };
}

describe("ouvrirDemonstration", () => {
  it.each<[string, Partial<EnvironnementDemo>, boolean, string, string[]]>([
    [
      "Excel 1.8 : classeur neuf depuis l'exemple",
      {},
      true,
      TF.demoExcel,
      ["charger", "createWorkbook:UEsDBA=="],
    ],
    [
      "aperçu : l'exemple rechargé, sans base64",
      { apercu: true },
      true,
      TF.demoApercu,
      ["recharger"],
    ],
    [
      "Excel sans ExcelApi 1.8 : rien chargé",
      { prisEnCharge: () => false },
      false,
      TF.demoImpossible,
      [],
    ],
    ["hors d'Excel", { excel: undefined }, false, TF.demoImpossible, []],
  ])("%s", async (_, o, ok, message, attendus) => {
    const { e, appels } = env(o);
    await expect(ouvrirDemonstration(e)).resolves.toEqual({ ok, message });
    expect(appels).toEqual(attendus);
  });

  it("échec de createWorkbook : message français avec le détail", async () => {
    const { e } = env({
      excel: { createWorkbook: async () => Promise.reject(new Error("AccessDenied")) },
    });
    await expect(ouvrirDemonstration(e)).resolves.toEqual({
      ok: false,
      message: TF.demoEchec("AccessDenied"),
    });
  });
});
