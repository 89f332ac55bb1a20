import { genererFiche, genererFichesSocle } from "../../../src/domain/fiches/generer";
import { lireFiche } from "../../../src/domain/classeur/reperage/fiches/lire-fiche";
import { OBJECTIFS_SOCLE } from "../../../src/domain/classeur/catalogue/fiches/socle";
import { classeur, feuille } from "../controles/instantane";
import { appliquer, CONTEXTE, fiche, VIDE } from "./outils";

const texte = (v: unknown) => String(v ?? "");

describe("lireFiche relit ce que la génération a écrit", () => {
  const socle = appliquer(VIDE, genererFichesSocle(VIDE, CONTEXTE));

  it.each(OBJECTIFS_SOCLE.map((o) => [o.numero, o] as const))("fiche socle %s", (numero, o) => {
    const f = fiche(socle, `Fiche objectif ${numero}`);
    expect(f.numero).toBe(numero);
    expect(f.socle).toBe(o.code);
    expect(f.axe).toBe(o.axe);
    expect(texte(f.champs.intitule?.cellule.value)).toBe(o.intitulePropose);
    expect(texte(f.champs.esms?.cellule.value)).toBe("Tous");
    expect([...f.besoins].sort()).toEqual([...o.besoins].sort());
    expect(f.tableaux.actions).toHaveLength(6);
    expect(f.tableaux.indicateurs).toHaveLength(4);
    expect(f.tableaux["suivi-interne"]).toHaveLength(3);
    const libelles = f.tableaux.indicateurs.map((l) =>
      texte(l.cellules["indicateur"]?.cellule.value),
    );
    expect(libelles.filter(Boolean)).toEqual(o.indicateurs.map((i) => i.libelle));
    expect(f.tableaux.indicateurs.map((l) => l.numero)).toEqual([1, 2, 3, 4]);
  });

  it("les cellules de saisie sont dans le bleu de saisie", () => {
    const f = fiche(socle, "Fiche objectif 1.1");
    for (const c of [f.champs.intitule, f.champs.prs, f.tableaux.indicateurs[0]?.cellules["fin"]])
      expect(c?.cellule.fill).toBe("DDEBF7");
  });

  it("un bleu étalonné du classeur est repris", () => {
    const s = appliquer(VIDE, genererFichesSocle(VIDE, { ...CONTEXTE, bleuSaisie: "BDD7EE" }));
    expect(fiche(s, "Fiche objectif 2.1").champs.intitule?.cellule.fill).toBe("BDD7EE");
  });

  it("fiche spécifique : axe, titre et ESMS demandés", () => {
    const s = appliquer(
      socle,
      genererFiche(socle, CONTEXTE, {
        axe: 1,
        titre: "  Créer une équipe mobile, avec le CH  ",
        esms: ["IME Les Tilleuls", "IEM Le Verger"],
      }),
    );
    const f = fiche(s, "Fiche objectif 1.4");
    expect(f.axe).toBe(1);
    expect(f.socle).toBeUndefined();
    expect(texte(f.champs.objectif?.cellule.value)).toBe("Objectif spécifique");
    expect(texte(f.champs.intitule?.cellule.value)).toBe("Créer une équipe mobile, avec le CH");
    expect(texte(f.champs.esms?.cellule.value)).toBe("IME Les Tilleuls ; IEM Le Verger");
  });

  it.each([
    ["feuille ordinaire", feuille("Notes", { A1: "Intitulé de l'objectif", B1: "x" })],
    ["titre sans champs", feuille("Titre", { A1: "Annexe 4 — Fiche-objectif n° 1.1" })],
  ])("%s : pas une fiche", (_, sheet) => {
    expect(lireFiche(classeur(sheet).sheets[0] ?? sheet)).toBeNull();
  });
});
