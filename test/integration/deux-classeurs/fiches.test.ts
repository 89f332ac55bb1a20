import { genererAutreMiseEnPage } from "../../../scripts/exemple-autre/index";
import { genererClasseur } from "../../../scripts/exemple/classeur";
import { contexteDepuisRepere, texteConstats } from "../../../src/domain/fiches/constats";
import { OBJECTIFS_SOCLE } from "../../../src/domain/classeur/catalogue/fiches/socle";
import { lireClasseurXlsx } from "../../../src/gateway/xlsx/lire-xlsx";
import { analyserInstantane } from "../../../src/use-cases/analyser";

/**
 * Les constats que les fiches-objectifs pré-remplissent viennent de la même analyse, quelle que soit
 * la mise en page : sur les deux classeurs d'exemple, les points d'amélioration des axes, les
 * indicateurs en alerte et les ESMS de l'Annexe 1 sont trouvés, et chaque classeur pré-remplit des
 * fiches socle.
 */

jest.setTimeout(120_000);

describe.each([
  ["premier classeur", async () => (await genererClasseur("complet")).buffer, 8],
  ["second classeur (autre mise en page)", async () => (await genererAutreMiseEnPage()).buffer, 11],
])("%s : pré-remplissage des fiches", (_nom, octets, nbEsms) => {
  it("points d'amélioration, indicateurs en alerte, ESMS et constats des fiches socle", async () => {
    const a = analyserInstantane(await lireClasseurXlsx(await octets()));
    const c = contexteDepuisRepere(a.repere, a.indicateurs);
    expect(c.esms).toHaveLength(nbEsms);
    expect(c.pointsAmelioration.length).toBeGreaterThan(0);
    expect(c.indicateursEnAlerte.length).toBeGreaterThan(0);
    const preremplies = OBJECTIFS_SOCLE.filter((o) => texteConstats(c, [o]) !== null);
    expect(preremplies.length).toBeGreaterThan(0);
  });
});
