/** Noms des onglets de la seconde mise en page (ordre du classeur) et leur type attendu. */
export const NOMS = {
  accueil: "Page de garde",
  annexe1: "Fiche signalétique",
  axe11: "Axe 1.1 - Enfance",
  axe12: "Axe 1.2 - Adultes",
  axe13: "Axe 1.3 - Partenariats",
  axe2: "Axe 2 - Qualité",
  axe3: "Axe 3 - Efficience",
  anap: "Annexe 2C - TdB ANAP",
  flash: "2B_Flash",
  compl: "Indic. compl. 2D",
  creton: "2F Creton",
  financier: "Diag financier 2E",
  departementaux: "2G - Indic. départementaux",
  notes: "Notes de travail OG",
  listes: "Listes",
} as const;

/** Référence à un onglet dans une formule ou un lien ('Nom'!A1). */
export function ref(nom: string, addr: string): string {
  return /^[A-Za-z0-9_]+$/.test(nom) ? `${nom}!${addr}` : `'${nom}'!${addr}`;
}

/** Sommaire de la page de garde : onglet, libellé du lien, description. */
export const SOMMAIRE: readonly (readonly [string, string, string])[] = [
  [NOMS.annexe1, "Annexe 1 — Fiche signalétique", "Organisme gestionnaire et ESMS du périmètre"],
  [NOMS.axe11, "Annexe 2-A — Axe 1-1 Secteur Enfance", "Réponse aux besoins et parcours"],
  [NOMS.axe12, "Annexe 2-A — Axe 1-2 Secteur Adultes", "Réponse aux besoins et parcours"],
  [NOMS.axe13, "Annexe 2-A — Axe 1-3 Coopérations et partenariats", "Partenariats du territoire"],
  [NOMS.axe2, "Annexe 2-A — Axe 2 Bientraitance et qualité", "Démarche qualité, risques"],
  [NOMS.axe3, "Annexe 2-A — Axe 3 Efficience et innovation", "Organisation et pilotage"],
  [NOMS.anap, "Annexe 2-C — Tableau de bord ANAP", "Pré-rempli par l'ARS (campagne N-1)"],
  [NOMS.flash, "Annexe 2-B — Indicateurs FLASH", "Pré-rempli par l'ARS ; ESMS du Département"],
  [NOMS.compl, "Annexe 2-D — Indicateurs complémentaires", "Numérateurs et dénominateurs"],
  [NOMS.creton, "Annexe 2-F — Amendement Creton", "Jeunes adultes de plus de 20 ans"],
  [NOMS.financier, "Annexe 2-E — Diagnostic budgétaire et financier", "Six tableaux"],
  [
    NOMS.departementaux,
    "Annexe 2-G — Indicateurs départementaux",
    "ESMS de compétence du Département",
  ],
];
