import { analyserInstantane } from "../../src/use-cases/analyser";
import { classeurDe, feuilleDe } from "../domain/classeur/fabrique";

describe("analyserInstantane", () => {
  const classeur = classeurDe([
    feuilleDe("Feuil1", [["Budget 2025"], ["Total", 12]], { id: "f1" }),
  ]);
  const a = analyserInstantane(classeur);

  it("classeur sans rapport : tout inconnu, explication en français, pas de plantage", () => {
    expect(a.onglets.map((o) => o.type)).toEqual(["inconnu"]);
    expect(a.nonReconnu).toMatch(/onglet/i);
  });

  it("clés des constats uniques, même pour des constats identiques sans cellule", () => {
    const cles = a.constats.map((c) => c.cle);
    expect(a.constats.length).toBeGreaterThan(0);
    expect(new Set(cles).size).toBe(cles.length);
  });

  it("résumé cohérent avec les constats", () => {
    const n = (g: string) => a.constats.filter((c) => c.gravite === g).length;
    expect(a.resume).toEqual({ erreurs: n("erreur"), alertes: n("alerte"), infos: n("info") });
    expect(a.constats.every((c) => c.message.length > 0 && !c.message.includes("{{"))).toBe(true);
  });

  it("filtre de gravité : seuls les constats au moins aussi graves", () => {
    const e = analyserInstantane(classeur, { gravite: "erreur" });
    expect(e.constats.every((c) => c.gravite === "erreur")).toBe(true);
    expect(e.constats.length).toBe(a.resume.erreurs);
  });
});
