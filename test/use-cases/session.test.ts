import { installerHote } from "../../src/gateway/host-simule";
import type { EspaceExcel } from "../../src/gateway/office/erreurs";
import { OfficeGateway } from "../../src/gateway/office/office-gateway";
import { SessionDiagnostic } from "../../src/use-cases/session";
import { classeurDe, feuilleDe } from "../domain/classeur/fabrique";

/** Session sur l'hôte simulé : lecture, surlignage aller-retour, cellule suivante, garde. */

function preparer() {
  const annexe = feuilleDe(
    "Annexe 1",
    [
      ["Annexe 1 - Fiche signalétique de l'organisme gestionnaire"],
      ["Raison sociale", null],
      ["N° FINESS juridique", "440000000"],
      ["Adresse", null],
    ],
    { id: "a1", bleus: ["B2", "B3", "B4"], gras: ["A1"] },
  );
  const axe = feuilleDe(
    "Axe 2",
    [
      ["Annexe 2-A - Axe 2 : qualité"],
      ["Question", "Réponse"],
      ["La démarche qualité est-elle formalisée ?", null],
    ],
    { id: "x2", bleus: ["B3"] },
  );
  const hote = installerHote(classeurDe([annexe, axe], { version: 1 }));
  const session = new SessionDiagnostic(new OfficeGateway(hote.Excel as unknown as EspaceExcel), 0);
  return { hote, session };
}

describe("SessionDiagnostic sur l'hôte simulé", () => {
  it("lit et analyse le classeur en 2 sync au plus", async () => {
    const { hote, session } = preparer();
    await session.charger();
    const e = session.etat();
    expect(e.erreur).toBeNull();
    expect(e.statut).toBe("pret");
    expect(hote.stats.syncs).toBeLessThanOrEqual(2);
    expect(e.analyse?.onglets.map((o) => o.type)).toEqual(["annexe-1", "axe-2"]);
    const c = e.analyse?.completude;
    expect(c?.global).toMatchObject({ total: 4, remplies: 1 });
  });

  it("surligner puis retirer : formats, validations et MFC identiques à avant", async () => {
    const { session } = preparer();
    await session.charger();
    const avant = session.etat().analyse?.snapshot;
    expect(await session.surligner()).toBe(true);
    const pendant = session.etat();
    expect(pendant.erreur).toBeNull();
    expect(pendant.surligne).toBe(true);
    const cf = pendant.analyse?.snapshot.sheets.flatMap((s) => s.conditionalFormats) ?? [];
    expect(cf.length).toBeGreaterThan(0);
    expect(cf.every((r) => r.formula?.includes("DIAG-CPOM"))).toBe(true);
    expect(await session.retirerSurlignage()).toBe(true);
    const apres = session.etat().analyse?.snapshot;
    expect(session.etat().surligne).toBe(false);
    const formats = (s: typeof avant) =>
      s?.sheets.map((f) => ({
        fills: f.fills,
        numberFormats: f.numberFormats,
        validations: f.validations,
        conditionalFormats: f.conditionalFormats,
        values: f.values,
      }));
    expect(formats(apres)).toEqual(formats(avant));
  });

  it("cellule suivante : parcourt les vides en ordre de lecture, d'onglet en onglet, en bouclant", async () => {
    const { hote, session } = preparer();
    await session.charger();
    hote.etat.activer("a1");
    const vus: string[] = [];
    for (let i = 0; i < 4; i++) {
      const l = await session.celluleSuivante(1);
      vus.push(`${l?.sheetId}:${l?.row}:${l?.col}`);
    }
    expect(vus).toEqual(["a1:1:1", "a1:3:1", "x2:2:1", "a1:1:1"]);
    const prec = await session.celluleSuivante(-1);
    expect(prec).toMatchObject({ sheetId: "x2", row: 2, col: 1 });
  });

  it("une saisie de l'utilisateur périme l'onglet, relu seul ensuite", async () => {
    const { hote, session } = preparer();
    await session.charger();
    await session.suivreModifications();
    hote.etat.saisir("a1", 1, 1, "Association Horizon");
    await new Promise((r) => setTimeout(r, 20));
    const c = session.etat().analyse?.completude.global;
    expect(session.etat().perimes).toEqual([]);
    expect(c).toMatchObject({ total: 4, remplies: 2 });
    await session.arreter();
  });

  it("erreur d'Excel : message français, rien d'avalé", async () => {
    const { hote, session } = preparer();
    hote.injecter("AccessDenied", { auSync: 1 });
    await session.charger();
    expect(session.etat().statut).toBe("erreur");
    expect(session.etat().erreur).toMatch(/protég/);
  });
});
