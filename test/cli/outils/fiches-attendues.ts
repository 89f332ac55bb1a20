import { nomDeFiche, NOM_LISTES, NOM_SUIVI, OBJECTIFS_SOCLE } from "../../../src/domain/fiches";
import { titreFiche } from "../../../src/domain/classeur/catalogue/fiches/modele-fiche";
import { TITRE_SUIVI } from "../../../src/domain/classeur/catalogue/fiches/modele-suivi";

/** Ce que doit contenir le classeur créé par `fiches` (tiré du modèle, pas recopié). */
export const FICHES = OBJECTIFS_SOCLE.map((o) => ({
  nom: nomDeFiche(o.numero),
  titre: titreFiche(o.numero),
  intitule: o.intitulePropose,
}));
export const SUIVI = { nom: NOM_SUIVI, titre: TITRE_SUIVI };
export const LISTES = NOM_LISTES;
