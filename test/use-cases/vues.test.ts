import { analyserInstantane } from "../../src/use-cases/analyser";
import {
  constatsCorriges,
  constatsParOnglet,
  GRAVITES,
  idConstat,
} from "../../src/use-cases/vue-controles";
import { esmsProposes, fichesPresentes } from "../../src/use-cases/vue-fiches";
import { cibleEntrees, indicateursParOnglet } from "../../src/use-cases/vue-indicateurs";
import { sommaire } from "../../src/use-cases/vue-sommaire";
import { genererFichesSocle, contexteDepuisRepere, appliquerPlan } from "../../src/domain/fiches";
import {
  annexe1,
  axe11,
  complementaires,
  creton,
  financier,
  tableauEsms,
} from "../domain/classeur/exemples";
import { classeurDe, feuilleDe } from "../domain/classeur/fabrique";

/** Données des vues du volet (pures) : sommaire, indicateurs, constats, fiches. */

function classeur() {
  return classeurDe([
    feuilleDe("Notes", [["Brouillon"]]),
    annexe1(),
    { ...axe11(), visibility: "Hidden" as const },
    tableauEsms("2-B"),
    complementaires(),
    financier(),
    creton(),
  ]);
}

describe("sommaire", () => {
  const a = analyserInstantane(classeur());
  const s = sommaire(a);

  it("liste chaque onglet dans l'ordre du classeur avec son annexe et son titre", () => {
    expect(s.lignes.map((l) => [l.nom, l.annexe, l.titre])).toEqual([
      ["Notes", null, null],
      ["Annexe 1", "1", "Fiche signalétique"],
      ["Axe 1-1", "2-A", "Axe 1-1 : ESMS du secteur Enfance"],
      ["2-B", "2-B", "Indicateurs FLASH"],
      ["2-D", "2-D", "Indicateurs complémentaires"],
      ["2-E", "2-E", "Diagnostic budgétaire et financier"],
      ["2-F", "2-F", "Activité des plus de 20 ans en amendement Creton"],
    ]);
  });

  it("donne la complétude des onglets comptés et la raison des autres", () => {
    const parNom = new Map(s.lignes.map((l) => [l.nom, l]));
    const annexe = parNom.get("Annexe 1")?.completude;
    const source = a.completude.parOnglet.find((o) => o.nom === "Annexe 1");
    expect(annexe).toEqual({
      total: source?.total,
      remplies: source?.remplies,
      taux: source?.taux,
      aCompleter: source?.vides.length,
    });
    expect(annexe?.aCompleter).toBeGreaterThan(0);
    expect(parNom.get("Axe 1-1")).toMatchObject({
      visible: false,
      completude: null,
      exclu: "onglet masqué",
    });
    expect(parNom.get("Notes")?.exclu).toMatch(/non reconnu/);
  });

  it("la complétude globale est celle des onglets comptés", () => {
    const lignes = s.lignes.flatMap((l) => (l.completude ? [l.completude] : []));
    expect(s.global.total).toBe(lignes.reduce((n, c) => n + c.total, 0));
    expect(s.global.remplies).toBe(lignes.reduce((n, c) => n + c.remplies, 0));
  });
});

describe("indicateurs par onglet", () => {
  const a = analyserInstantane(classeur());
  const groupes = indicateursParOnglet(a);

  it("groupe chaque indicateur une fois, par onglet dans l'ordre puis par famille", () => {
    const tous = groupes.flatMap((g) => g.familles.flatMap((f) => f.indicateurs));
    expect(tous).toHaveLength(a.indicateurs.length);
    expect(new Set(tous.map((i) => i.cle)).size).toBe(tous.length);
    expect(groupes.map((g) => g.nom)).toEqual(["2-D", "2-E", "2-F"]);
    for (const g of groupes)
      for (const f of g.familles)
        for (const i of f.indicateurs) expect(i.resultat.id.startsWith(`${f.cle}.`)).toBe(true);
  });

  it("joint les seuils déclarés de l'indicateur", () => {
    const tous = groupes.flatMap((g) => g.familles.flatMap((f) => f.indicateurs));
    const caf = tous.find((i) => i.resultat.id === "fin.taux-caf");
    expect(caf?.seuils.map((x) => x.condition)).toContain("< 2 %");
  });

  it("vise les cellules d'entrée repérées, sur la feuille de la première", () => {
    const r = a.indicateurs.find(
      (i) => i.entrees.length >= 2 && i.entrees.every((e) => e.location),
    );
    expect(r).toBeDefined();
    if (!r) return;
    const c = cibleEntrees(r);
    const premiere = r.entrees[0]?.location;
    expect(c?.sheetId).toBe(premiere?.sheetId);
    expect(c?.ranges).toContainEqual({
      top: premiere?.row,
      left: premiere?.col,
      bottom: premiere?.row,
      right: premiere?.col,
    });
  });
});

describe("constats par onglet", () => {
  const a = analyserInstantane(classeur());

  it("classeur entier d'abord, puis onglets dans l'ordre, gravités ordonnées, ids uniques", () => {
    const groupes = constatsParOnglet(a);
    expect(groupes[0]?.sheetId).toBeNull();
    const rangs = groupes
      .filter((g) => g.sheetId)
      .map((g) => a.onglets.find((o) => o.sheetId === g.sheetId)?.position ?? -1);
    expect(rangs).toEqual([...rangs].sort((x, y) => x - y));
    for (const g of groupes) {
      const ordre = g.gravites.map((x) => GRAVITES.indexOf(x.gravite));
      expect(ordre).toEqual([...ordre].sort());
    }
    const ids = groupes.flatMap((g) => g.gravites.flatMap((x) => x.constats.map((c) => c.id)));
    expect(ids).toHaveLength(a.constats.length);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("filtre par gravité", () => {
    const infos = constatsParOnglet(a, new Set(["info"]));
    const n = infos.reduce((s, g) => s + g.total, 0);
    expect(n).toBe(a.resume.infos);
    expect(infos.every((g) => g.gravites.every((x) => x.gravite === "info"))).toBe(true);
  });

  it("compte les constats disparus d'une analyse à l'autre", () => {
    const premier = a.constats[0];
    if (!premier) throw new Error("l'exemple doit produire des constats");
    const reste = a.constats.filter((c) => idConstat(c) !== idConstat(premier));
    expect(constatsCorriges(a.constats, reste)).toBe(1);
    expect(constatsCorriges(a.constats, a.constats)).toBe(0);
  });
});

describe("fiches", () => {
  it("propose les ESMS de l'Annexe 1 et liste les fiches générées", () => {
    const s = classeur();
    const a = analyserInstantane(s);
    expect(esmsProposes(a).map((e) => e.valeur)).toEqual([
      "IME Les Pins (440000024)",
      "SESSAD Horizon (440000032)",
      "ESAT L'Atelier (440000040)",
      "MAS Les Iris (440000057)",
    ]);
    expect(fichesPresentes(a)).toEqual([]);
    const plan = genererFichesSocle(s, contexteDepuisRepere(a.repere, a.indicateurs));
    const apres = analyserInstantane(appliquerPlan(s, plan));
    const fiches = fichesPresentes(apres);
    expect(fiches).toHaveLength(6);
    expect(fiches.map((f) => f.axe)).toEqual([1, 1, 1, 2, 2, 3]);
    expect(fiches.every((f) => f.intitule.length > 0 && f.numero.length > 0)).toBe(true);
  });
});
