import { cellulesDeSaisie, completude, etalonnage } from "../../../src/domain/saisie";
import { videDansExemple } from "../../../scripts/exemple/variantes";
import { VARIANTES, lire, ou, ouExemple, type ClasseurLu } from "./outils";

/**
 * Cellules bleues de saisie : la détection (bleus RVB et thème + teinte, étalonnage sur la légende
 * de l'Accueil) trouve exactement les cellules posées par le générateur ; complétude par variante.
 */

jest.setTimeout(60_000);

const trier = (x: Iterable<string>) => [...x].sort();

describe.each(VARIANTES)("variante %s", (variante) => {
  let c: ClasseurLu;
  beforeAll(async () => {
    c = await lire(variante);
  });

  it("cellulesDeSaisie trouve exactement les cellules bleues du générateur", () => {
    const et = etalonnage(c.snapshot);
    expect(et.etalon).toBe("DDEBF7");
    expect(et.exclue).toBe("F2F2F2");
    const options = { etalon: et.etalon, exclue: et.exclue, ignorer: et.pastilles };
    const trouvees = c.snapshot.sheets.flatMap((s) =>
      cellulesDeSaisie(s, options).map((x) => ou(x.location)),
    );
    expect(trier(trouvees)).toEqual(trier(c.genere.saisies.map(ouExemple)));
    // Sans étalonnage non plus : les bleus du modèle sont dans la bande de saisie.
    const sansEtalon = c.snapshot.sheets.flatMap((s) =>
      cellulesDeSaisie(s, { ignorer: et.pastilles }).map((x) => ou(x.location)),
    );
    expect(trier(sansEtalon)).toEqual(trier(c.genere.saisies.map(ouExemple)));
  });

  it("la complétude compte les mêmes cellules, onglet par onglet", () => {
    const r = completude(c.snapshot, c.onglets, c.repere);
    const parOnglet = new Map<string, number>();
    for (const s of c.genere.saisies) parOnglet.set(s.onglet, (parOnglet.get(s.onglet) ?? 0) + 1);
    expect(
      Object.fromEntries(r.parOnglet.filter((o) => o.total > 0).map((o) => [o.nom, o.total])),
    ).toEqual(Object.fromEntries(parOnglet));
    expect(r.global.total).toBe(c.genere.saisies.length);
    expect(r.exclus.map((e) => e.nom)).toEqual(["Listes"]);
  });

  it("cellules vides : celles que la variante laisse vides, et elles seules", () => {
    const r = completude(c.snapshot, c.onglets, c.repere);
    const vides = r.parOnglet.flatMap((o) => o.vides.map(ou));
    const saisies = new Set(c.genere.saisies.map(ouExemple));
    const attendues =
      variante === "vierge"
        ? [...saisies]
        : variante === "exemple"
          ? Object.entries(c.genere.reperes)
              .filter(([cle]) => videDansExemple(cle))
              .map(([, x]) => ouExemple(x))
              .filter((x) => saisies.has(x))
          : [];
    expect(trier(vides)).toEqual(trier(attendues));
    expect(r.global.remplies).toBe(c.genere.saisies.length - attendues.length);
  });
});

it("les remplissages des cellules de saisie mêlent RVB et couleurs de thème du classeur", async () => {
  const c = await lire("complet");
  const couleurs = new Set(
    c.genere.saisies.map((s) => {
      const sheet = c.snapshot.sheets.find((x) => x.name === s.onglet);
      const m = /^([A-Z]+)(\d+)$/.exec(s.cellule) as RegExpExecArray;
      const col = [...(m[1] as string)].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      const row = Number(m[2]) - 1;
      return sheet?.fills[row - sheet.origin.row]?.[col - sheet.origin.col];
    }),
  );
  // RVB explicites et thème 2007 (Accent 1 / Accent 5) + teinte, résolus par la passerelle.
  expect([...couleurs].sort()).toEqual(
    ["9BC2E6", "B9CDE5", "BDD7EE", "CCFFFF", "DBEEF4", "DCE6F2", "DDEBF7"].sort(),
  );
});
