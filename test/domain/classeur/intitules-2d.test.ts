import {
  INTITULES_2D,
  reconnaitreIntitule2D,
} from "../../../src/domain/classeur/reperage/2d/intitules";
import { normaliserTexte } from "../../../src/domain/classeur/texte";
import { INDICATEURS_2D } from "../../../src/domain/indicateurs/complementaires-2d";
import { reconnaitre2D } from "../../../src/domain/indicateurs/reconnaissance-2d";

describe("intitulés 2-D du repérage", () => {
  it("reprennent un à un les indicateurs du modèle (identifiant, intitulé, motifs, ordre)", () => {
    expect(INTITULES_2D.map((i) => [i.id, i.libelle, i.motifs])).toEqual(
      INDICATEURS_2D.map((d) => [d.id, d.libelle, d.motifs]),
    );
  });

  it("la définition de calcul est celle de l'intitulé reconnu", () => {
    for (const t of [
      "Taux de scolarisation hors les murs",
      "Sorties d'ESAT vers le milieu ordinaire",
      "Nombre de réunions du CVS",
      "Intitulé sans rapport",
    ]) {
      const n = normaliserTexte(t);
      expect(reconnaitre2D(n)?.id).toBe(reconnaitreIntitule2D(n)?.id);
    }
    expect(reconnaitreIntitule2D(normaliserTexte("Taux de scolarisation hors les murs"))?.id).toBe(
      "compl.scolarisation-hors-murs",
    );
  });
});
