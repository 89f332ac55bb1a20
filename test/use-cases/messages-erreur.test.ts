import { erreurDomaine } from "../../src/domain/erreurs";
import { assertNothingLost, RienDePerduError } from "../../src/domain/plan/garde";
import { GatewayError } from "../../src/gateway/port";
import { messageErreur } from "../../src/use-cases/session";
import { erreurSession } from "../../src/use-cases/session-messages";
import { classeurDe, feuilleDe } from "../domain/classeur/fabrique";

/** `messageErreur` : une erreur pour l'utilisateur est dite telle quelle, les autres sont des fautes. */

const refus = (): RienDePerduError => {
  const s = classeurDe([feuilleDe("F", [["plein"]], { id: "f" })]);
  try {
    assertNothingLost(s, {
      titre: "Essai",
      operations: [{ kind: "setValues", sheet: { sheetId: "f" }, row: 0, col: 0, values: [["x"]] }],
    });
  } catch (e) {
    if (e instanceof RienDePerduError) return e;
  }
  throw new Error("refus attendu");
};

describe("messageErreur", () => {
  it.each<[string, Error]>([
    ["passerelle", new GatewayError("Busy", "Excel est occupé : réessayez.")],
    ["domaine", erreurDomaine({ code: "classeur/onglet-disparu", params: {} })],
    ["session", erreurSession({ code: "lecture/non-lu", params: {} })],
    ["garde « rien de perdu »", refus()],
  ])("erreur pour l'utilisateur (%s) : son message tel quel", (_n, e) => {
    expect(messageErreur(e)).toBe(e.message);
  });

  it.each<[string, unknown]>([
    ["Error sans accent", new Error("boom")],
    ["Error accentuée (plus de devinette sur les lettres)", new Error("échec interne")],
    ["valeur quelconque", 42],
  ])("faute du programme (%s) : « Erreur inattendue » et quoi faire", (_n, e) => {
    expect(messageErreur(e)).toMatch(/^Erreur inattendue : .+\. Relancez l'analyse/);
  });

  it("le refus de la garde est une ErreurDiagnostic à code stable", () => {
    const e = refus();
    expect(e.code).toBe("plan/rien-de-perdu");
    expect(e.params.titre).toBe("Essai");
    expect(e.message.split("\n")[1]).toBe(`- ${e.violations[0]?.message ?? ""}`);
  });
});
