import { lireZone } from "../../../src/domain/classeur/adresse";
import { reconnaitreOnglets } from "../../../src/domain/classeur/reconnaissance";
import type { WorkbookSnapshot } from "../../../src/domain/classeur/snapshot";
import { genererFiche, genererFichesSocle } from "../../../src/domain/fiches/generer";
import { lireSuivi } from "../../../src/domain/classeur/reperage/fiches/lire-suivi";
import { validerNomDeFeuille } from "../../../src/domain/plan/nom-feuille";
import { classeur, feuille } from "../controles/instantane";
import { ajouts, appliquer, CONTEXTE, fiche, saisir, VIDE } from "./outils";

const FICHES_SOCLE = ["1.1", "1.2", "1.3", "2.1", "2.2", "3.1"].map((n) => `Fiche objectif ${n}`);

describe("genererFichesSocle — noms des feuilles", () => {
  it.each<[string, WorkbookSnapshot, string[]]>([
    ["classeur vide", VIDE, ["Listes", ...FICHES_SOCLE, "Suivi des objectifs"]],
    [
      "noms déjà pris par des feuilles ordinaires (casse ignorée)",
      classeur(
        feuille("FICHE OBJECTIF 1.1", { A1: "notes" }),
        feuille("listes", { A1: "autre chose" }),
        feuille("suivi des objectifs", { A1: "brouillon" }),
      ),
      [
        "Listes des fiches",
        "Fiche objectif 1.1 (2)",
        ...FICHES_SOCLE.slice(1),
        "Suivi des objectifs (2)",
      ],
    ],
  ])("%s", (_, snapshot, attendus) => {
    const plan = genererFichesSocle(snapshot, CONTEXTE);
    const noms = ajouts(plan);
    expect(noms).toEqual(attendus);
    for (const n of noms) expect(validerNomDeFeuille(n)).toBeNull();
    const tous = [...snapshot.sheets.map((s) => s.name), ...noms].map((n) => n.toUpperCase());
    expect(new Set(tous).size).toBe(tous.length);
    appliquer(snapshot, plan); // garde « rien de perdu »
  });

  it("une fiche spécifique prend le numéro libre suivant de son axe, quel que soit son titre", () => {
    const base = appliquer(VIDE, genererFichesSocle(VIDE, CONTEXTE));
    const plan = genererFiche(base, CONTEXTE, {
      axe: 3,
      titre: "Mutualiser : achats / RH [pilote] ?",
      esms: [],
    });
    const noms = ajouts(plan);
    expect(noms).toEqual(["Fiche objectif 3.2"]);
    appliquer(base, plan);
  });
});

describe("genererFichesSocle — plan conforme", () => {
  const plan = genererFichesSocle(VIDE, CONTEXTE);
  const apres = appliquer(VIDE, plan);

  it("impression : fiches en portrait, suivi en paysage (en-têtes répétés), une page de large", () => {
    const miseEnPage = plan.operations.flatMap((o) =>
      o.kind === "setPageLayout" && "newSheet" in o.sheet
        ? [[o.sheet.newSheet, o.layout.orientation, o.layout.fitToWidth] as const]
        : [],
    );
    expect(miseEnPage).toEqual([
      ...FICHES_SOCLE.map((n) => [n, "portrait", true]),
      ["Suivi des objectifs", "landscape", true],
    ]);
    const suivi = apres.sheets.find((x) => x.name === "Suivi des objectifs");
    const enTete = suivi && lireSuivi(suivi)?.enTete;
    const titres = plan.operations.find(
      (o) => o.kind === "setPageLayout" && o.layout.orientation === "landscape",
    );
    expect(titres?.kind === "setPageLayout" && titres.layout.printTitleRows).toEqual({
      top: enTete,
      bottom: enTete,
    });
  });

  it("la feuille Listes est masquée et porte les listes", () => {
    const add = plan.operations.find((o) => o.kind === "addSheet" && o.name === "Listes");
    expect(add).toMatchObject({ visibility: "Hidden" });
    const listes = apres.sheets.find((s) => s.name === "Listes");
    expect(listes?.values[0]).toContain("Statuts de suivi");
  });

  it("chaque validation pointe vers une plage de Listes non vide, jamais vers une liste en ligne", () => {
    const listes = apres.sheets.find((s) => s.name === "Listes");
    const validations = plan.operations.filter((o) => o.kind === "addListValidation");
    // axes, objectifs, PRS, unités, sens, fréquences, « X » (fiches) et statuts (suivi).
    expect(new Set(validations.map((v) => v.source)).size).toBe(8);
    for (const v of validations) {
      const m = /^=Listes!(\$[A-Z]+\$\d+:\$[A-Z]+\$\d+)$/.exec(v.source);
      expect(m).not.toBeNull();
      const z = lireZone((m?.[1] ?? "").replace(/\$/g, ""));
      const premiere = listes?.values[z.top]?.[z.left];
      expect(typeof premiere === "string" && premiere !== "").toBe(true);
    }
  });

  it.each(FICHES_SOCLE)("%s : formules du suivi citant le nom de la fiche", (nom) => {
    const suivi = apres.sheets.find((s) => s.name === "Suivi des objectifs");
    const formules = (suivi?.formulas ?? []).flat().filter((f): f is string => f !== null);
    const citees = formules.filter((f) => f.includes(`'${nom}'!`));
    expect(citees.length).toBeGreaterThan(0);
    for (const f of citees) expect(f).toMatch(/^=IF\('Fiche objectif \d\.\d'!\$?[A-H]\$?\d+="",""/);
  });

  it("le taux d'atteinte et la dernière valeur sont des formules anglaises", () => {
    const suivi = apres.sheets.find((s) => s.name === "Suivi des objectifs");
    const formules = (suivi?.formulas ?? []).flat().filter((f): f is string => f !== null);
    expect(
      formules.some((f) => f.startsWith("=IFERROR(INDEX(") && f.includes("MATCH(9.99E+307")),
    ).toBe(true);
    expect(formules.some((f) => f.includes("IFERROR((") && f.includes('"baisse"'))).toBe(true);
  });

  it("une ligne de suivi par indicateur renseigné de chaque fiche", () => {
    const suivi = apres.sheets.find((s) => s.name === "Suivi des objectifs");
    const lu = suivi && lireSuivi(suivi);
    const attendu = FICHES_SOCLE.flatMap((n) =>
      fiche(apres, n).tableaux.indicateurs.filter((l) => l.cellules["indicateur"]?.cellule.value),
    ).length;
    expect(lu?.lignes.length).toBe(attendu);
    expect(lu?.lignes[0]?.cle).toBe("F1.1-I1");
  });
});

describe("idempotence", () => {
  const une = appliquer(VIDE, genererFichesSocle(VIDE, CONTEXTE));

  it("générer deux fois n'ajoute rien la seconde fois", () => {
    expect(genererFichesSocle(une, CONTEXTE).operations).toEqual([]);
  });

  it("une fiche supprimée est seule régénérée, le reste est intact", () => {
    const sans = { ...une, sheets: une.sheets.filter((s) => s.name !== "Fiche objectif 2.2") };
    const plan = genererFichesSocle(sans, CONTEXTE);
    expect(ajouts(plan)).toEqual(["Fiche objectif 2.2"]);
    // les lignes du suivi existent déjà (clés F2.2-I…) : rien n'est réécrit dans le suivi.
    const suivi = sans.sheets.find((s) => s.name === "Suivi des objectifs");
    expect(
      plan.operations.some(
        (o) => "sheet" in o && "sheetId" in o.sheet && o.sheet.sheetId === suivi?.id,
      ),
    ).toBe(false);
    appliquer(sans, plan);
  });

  it("nouvelle fiche puis nouvel indicateur : lignes ajoutées au suivi sans toucher aux saisies", () => {
    let s = appliquer(
      une,
      genererFiche(une, CONTEXTE, {
        axe: 2,
        titre: "Réduire les délais",
        esms: ["IME Les Tilleuls"],
      }),
    );
    expect(fiche(s, "Fiche objectif 2.3").numero).toBe("2.3");
    s = saisir(s, "Fiche objectif 2.3", (f) => [
      [f.tableaux.indicateurs[0]?.cellules["indicateur"], "Délai moyen d'admission"],
      [f.tableaux.indicateurs[0]?.cellules["mode"], "Jours entre notification et admission"],
    ]);
    const suivi = s.sheets.find((x) => x.name === "Suivi des objectifs");
    const lu = suivi && lireSuivi(suivi);
    const ligne = lu?.lignes[0];
    const col = lu?.colonnes.get("r1");
    expect(ligne && col !== undefined).toBe(true);
    s = {
      ...s,
      sheets: s.sheets.map((x) => {
        if (x !== suivi || !ligne || col === undefined) return x;
        const values = x.values.map((l) => [...l]);
        const types = x.valueTypes.map((l) => [...l]);
        (values[ligne.row] as (string | number)[])[col] = 7;
        (types[ligne.row] as string[])[col] = "Double";
        return { ...x, values, valueTypes: types as typeof x.valueTypes };
      }),
    };
    const plan = genererFichesSocle(s, CONTEXTE);
    expect(ajouts(plan)).toEqual([]);
    // Suivi existant complété : sa mise en page d'impression n'est pas touchée.
    expect(plan.operations.filter((o) => o.kind === "setPageLayout")).toEqual([]);
    const apres = appliquer(s, plan);
    const relu = lireSuivi(apres.sheets.find((x) => x.name === "Suivi des objectifs") ?? suivi!);
    expect(relu?.lignes.map((l) => l.cle)).toContain("F2.3-I1");
    expect(relu?.lignes.length).toBe((lu?.lignes.length ?? 0) + 1);
    const feuilleSuivi = apres.sheets.find((x) => x.name === "Suivi des objectifs");
    expect(feuilleSuivi?.values[ligne?.row ?? 0]?.[col ?? 0]).toBe(7);
    expect(genererFichesSocle(apres, CONTEXTE).operations).toEqual([]);
  });
});

describe("feuille Listes existante", () => {
  const base = appliquer(VIDE, genererFichesSocle(VIDE, CONTEXTE));
  const listes = base.sheets.find((s) => s.name === "Listes");

  it("compatible et incomplète : seules ses cellules vides sont écrites", () => {
    if (!listes) throw new Error("Listes absente");
    const tronquee = {
      ...listes,
      values: listes.values.map((l, i) => (i > 2 ? l.map(() => "") : l)),
      valueTypes: listes.valueTypes.map((l, i) => (i > 2 ? l.map(() => "Empty" as const) : l)),
    };
    const snap: WorkbookSnapshot = { sheets: [tronquee], settings: {} };
    const plan = genererFichesSocle(snap, CONTEXTE);
    expect(ajouts(plan)).not.toContain("Listes des fiches");
    const ecrit = plan.operations.filter(
      (o) => o.kind === "setValues" && "sheetId" in o.sheet && o.sheet.sheetId === listes.id,
    );
    expect(ecrit.length).toBeGreaterThan(0);
    appliquer(snap, plan);
  });

  it("incompatible (celle du modèle de Diagnostic) : une nouvelle « Listes des fiches », jamais « Listes (2) »", () => {
    const autre = feuille("Listes", { A1: "Codes postaux", A2: 44000 });
    const plan = genererFichesSocle(classeur(autre), CONTEXTE);
    expect(ajouts(plan)[0]).toBe("Listes des fiches");
    expect(ajouts(plan)).not.toContain("Listes (2)");
    const v = plan.operations.find((o) => o.kind === "addListValidation");
    expect(v && "source" in v ? v.source : "").toMatch(/^='Listes des fiches'!\$/);
    const apres = appliquer(classeur(autre), plan);
    const type = reconnaitreOnglets(apres).find((o) => o.nom === "Listes des fiches")?.type;
    expect(type).toBe("inconnu"); // jamais un axe 2 (libellés des axes dans ses valeurs)
    // Régénérer réutilise « Listes des fiches » : rien de plus.
    expect(ajouts(genererFichesSocle(apres, CONTEXTE))).toEqual([]);
  });
});
