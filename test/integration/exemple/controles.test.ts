import { creerVue, executerControles, rendreConstat } from "../../../src/domain/controles";
import type { Constat } from "../../../src/domain/controles";
import { CONTROLES } from "../../../src/domain/controles";
import { verifierFormules } from "../../../src/domain/indicateurs";
import { lire, ou, ouExemple, type ClasseurLu } from "./outils";

/**
 * Contrôles de cohérence sur le classeur d'exemple : le classeur complet ne porte aucune erreur ;
 * dans la variante « erreurs », chaque incohérence semée est trouvée par le contrôle attendu, à la
 * cellule attendue ; la vérification des formules trouve les formules périmées et remplacées.
 */

jest.setTimeout(60_000);

const controler = (c: ClasseurLu): Constat[] =>
  executerControles(creerVue({ snapshot: c.snapshot, onglets: c.onglets, repere: c.repere }));
const decrire = (x: Constat) => `${x.controle} : ${rendreConstat(x).message}`;

describe("classeur complet", () => {
  let constats: Constat[];
  beforeAll(async () => {
    constats = controler(await lire("complet"));
  });

  it("aucun constat de gravité « erreur »", () => {
    expect(constats.filter((x) => x.gravite === "erreur").map(decrire)).toEqual([]);
  });

  it("aucun contrôle en échec, aucune formule périmée ou remplacée, aucune cellule vide", () => {
    expect(constats.filter((x) => x.messageId === "controle-en-echec").map(decrire)).toEqual([]);
    const ids = new Set(constats.map((x) => x.controle));
    for (const id of [
      "classeur/formule-perimee",
      "classeur/formule-remplacee",
      "saisie/cellule-vide",
    ])
      expect(ids.has(id)).toBe(false);
  });
});

describe("classeur « erreurs »", () => {
  let c: ClasseurLu;
  let constats: Constat[];
  beforeAll(async () => {
    c = await lire("erreurs");
    constats = controler(c);
  });

  it("la liste des incohérences semées cite des contrôles du registre", () => {
    const ids = new Set(CONTROLES.map((x) => x.meta.id));
    expect(c.genere.erreurs.length).toBeGreaterThanOrEqual(25);
    for (const e of c.genere.erreurs) {
      expect(ids.has(e.controle ?? "")).toBe(true);
      expect(e.controle?.startsWith(`${e.famille}/`)).toBe(true);
    }
  });

  it("chaque incohérence semée est trouvée par son contrôle, à sa cellule", () => {
    const manquantes = c.genere.erreurs.filter(
      (e) =>
        !constats.some(
          (x) => x.controle === e.controle && x.locations.some((l) => ou(l) === ouExemple(e)),
        ),
    );
    expect(manquantes).toEqual([]);
  });

  it("toutes les erreurs trouvées correspondent à une incohérence semée", () => {
    const semees = new Set(c.genere.erreurs.map((e) => `${e.controle}@${ouExemple(e)}`));
    const inattendues = constats
      .filter((x) => x.gravite === "erreur")
      .filter((x) => !x.locations.some((l) => semees.has(`${x.controle}@${ou(l)}`)))
      .map(decrire);
    expect(inattendues).toEqual([]);
  });

  it("verifierFormules signale exactement les formules périmées et remplacées semées", () => {
    const attendus = c.genere.erreurs
      .filter(
        (e) => e.famille === "classeur" && /formule-(perimee|remplacee)$/.test(e.controle ?? ""),
      )
      .map((e) => `${e.controle?.replace("classeur/", "")}@${ouExemple(e)}`)
      .sort();
    const trouves = verifierFormules(c.repere)
      .filter((e) => e.type !== "texte-dans-nombre")
      .map((e) => `${e.type}@${ou(e.location)}`)
      .sort();
    expect(trouves).toEqual(attendus);
    expect(attendus.length).toBeGreaterThanOrEqual(6);
  });
});
