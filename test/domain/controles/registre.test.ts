import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { TYPES_ONGLET } from "../../../src/domain/classeur/types-onglet";
import { CONTROLES, FAMILLES_CONTROLES } from "../../../src/domain/controles";
import { parametresDe } from "../../../src/domain/controles/rendre-constat";

/** Méta-test : chaque contrôle est enregistré, testé, documenté ; ids uniques et bien formés. */

const RACINE = join(__dirname, "../../..");
/** Les familles `fiche` et `suivi` sont testées avec le reste des fiches (test/domain/fiches). */
const DOSSIERS_TESTS = [__dirname, join(__dirname, "../fiches")];
const tests = DOSSIERS_TESTS.flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith(".test.ts") && f !== "registre.test.ts")
    .map((f) => readFileSync(join(d, f), "utf8")),
).join("\n");
const doc = (famille: string) => {
  try {
    return readFileSync(join(RACINE, "docs/controles", `${famille}.md`), "utf8");
  } catch {
    return "";
  }
};
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
const lignes = CONTROLES.map((c) => [c.meta.id, c] as const);

describe("registre des contrôles", () => {
  it("compte au moins 50 contrôles, dans toutes les familles attendues", () => {
    expect(CONTROLES.length).toBeGreaterThanOrEqual(50);
    expect(Object.keys(FAMILLES_CONTROLES).sort()).toEqual([
      "anap",
      "axes",
      "classeur",
      "coherence",
      "complementaires",
      "creton",
      "departementaux",
      "fiche",
      "financier",
      "finess",
      "flash",
      "saisie",
      "signaletique",
      "suivi",
    ]);
  });

  it("a des ids uniques", () => {
    const ids = CONTROLES.map((c) => c.meta.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it.each(lignes)("%s : id `famille/nom-court` rangé dans sa famille", (id, c) => {
    expect(id).toMatch(ID);
    const famille = id.split("/")[0] as string;
    expect(FAMILLES_CONTROLES[famille]).toContain(c);
  });

  it.each(lignes)("%s : métadonnées complètes", (_, c) => {
    const m = c.meta;
    expect(["erreur", "alerte", "info"]).toContain(m.gravite);
    expect(m.onglets.length).toBeGreaterThan(0);
    for (const o of m.onglets) expect(TYPES_ONGLET).toContain(o);
    for (const texte of [m.description, m.correction, m.pourquoi, m.source ?? ""]) {
      expect(texte.trim().length).toBeGreaterThan(3);
    }
    expect(Object.keys(m.messages).length).toBeGreaterThan(0);
    for (const modele of Object.values(m.messages)) {
      expect(modele).not.toMatch(/\{(?!\{)[^}]*\}(?!\})/);
      expect(parametresDe(modele).every((p) => /^[\w-]+$/.test(p))).toBe(true);
    }
  });

  it.each(lignes)("%s : testé (id cité dans un fichier de test)", (id) => {
    expect(tests).toContain(`"${id}"`);
  });

  it.each(lignes)("%s : documenté (quoi, pourquoi, source, comment corriger)", (id) => {
    const texte = doc(id.split("/")[0] as string);
    const debut = texte.indexOf(`## \`${id}\``);
    expect(debut).toBeGreaterThanOrEqual(0);
    const fin = texte.indexOf("\n## ", debut + 1);
    const section = texte.slice(debut, fin < 0 ? undefined : fin);
    for (const rubrique of ["**Quoi**", "**Pourquoi**", "**Source**", "**Comment corriger**"]) {
      expect(section).toContain(rubrique);
    }
  });

  it("aucun test focalisé ni ignoré", () => {
    expect(tests).not.toMatch(/\b(?:it|describe|test)\.(?:only|skip)\b/);
  });
});
