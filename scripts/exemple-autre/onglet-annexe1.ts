/**
 * Annexe 1 « Fiche signalétique » : bloc d'identification libellé → valeur fusionnée (D:H), puis
 * le tableau Adultes (10 colonnes, en-tête à deux niveaux) AVANT le tableau Enfance (9 colonnes,
 * avec une colonne Secteur et une ligne vierge réservée).
 */
import type ExcelJS from "exceljs";
import { bandeau, entete, largeurs, libelle } from "./cellules";
import type { Enregistreur, Valeur } from "./enregistreur";
import { enLigne, parNom, parPlage } from "./onglet-listes";
import { NOMS } from "./onglets";
import { ADULTES, ENFANCE, type Esms } from "./organisme";
import { identification } from "./annexe1-identification";
import { FORMATS, SAISIE } from "./styles";

interface Colonne {
  readonly titre: string;
  readonly mesure: string;
  readonly valeur: (e: Esms | undefined) => Valeur | undefined;
  readonly o?: Partial<{ format: string; validation: ExcelJS.DataValidation }>;
}

const SECTEUR: Colonne = {
  titre: "Secteur",
  mesure: "secteur",
  valeur: (e) => (e ? "Enfance" : undefined),
  o: { validation: enLigne("Enfance,Adultes") },
};
const FINESS: Colonne = {
  titre: "N° FINESS géographique",
  mesure: "n finess geographique",
  valeur: (e) => e?.finess,
  o: { format: FORMATS.texte },
};
const NOM: Colonne = {
  titre: "Nom de l'établissement ou du service",
  mesure: "nom de l etablissement ou du service",
  valeur: (e) => e?.nom,
};
const CATEGORIE: Colonne = {
  titre: "Catégorie",
  mesure: "categorie",
  valeur: (e) => e?.sigle,
  o: { validation: parPlage("categories") },
};
const COMMUNE: Colonne = { titre: "Commune", mesure: "commune", valeur: (e) => e?.commune };
const DEPARTEMENT: Colonne = {
  titre: "Département",
  mesure: "departement",
  valeur: (e) => e?.departement,
  o: { format: FORMATS.texte },
};
const TOTALE: Colonne = {
  titre: "totale",
  mesure: "capacite totale autorisee",
  valeur: (e) => e?.capacite,
  o: { format: FORMATS.entier },
};
const INTERNAT: Colonne = {
  titre: "dont internat / hébergement",
  mesure: "dont capacite en internat",
  valeur: (e) => e?.internat,
  o: { format: FORMATS.entier },
};
const JOUR: Colonne = {
  titre: "dont accueil de jour",
  mesure: "dont accueil de jour",
  valeur: (e) => e?.accueilJour,
  o: { format: FORMATS.entier },
};
const AUTORITE: Colonne = {
  titre: "Autorité de tarification",
  mesure: "autorite de tarification",
  valeur: (e) => e?.autorite,
  o: { validation: parNom("autorites") },
};
const PUBLIC: Colonne = {
  titre: "Public spécifique mentionné dans l'arrêté",
  mesure: "public specifique",
  valeur: (e) => (e?.id === "sessad-calanques" ? undefined : e?.public),
};

function tableau(
  r: Enregistreur,
  ws: ExcelJS.Worksheet,
  debut: number,
  cle: string,
  titre: string,
  colonnes: readonly Colonne[],
  lignes: readonly (Esms | undefined)[],
): number {
  const c0 = 2;
  const fin = c0 + colonnes.length - 1;
  const lettre = (i: number): string => String.fromCharCode(64 + c0 + i);
  libelle(ws, `B${debut}`, titre, {
    gras: true,
    taille: 11,
    fusion: `B${debut}:${lettre(colonnes.length - 1)}${debut}`,
  });
  const h1 = debut + 1;
  const h2 = debut + 2;
  const iCap = colonnes.indexOf(TOTALE);
  const nCap = colonnes.filter((c) => [TOTALE, INTERNAT, JOUR].includes(c)).length;
  colonnes.forEach((c, i) => {
    if (i >= iCap && i < iCap + nCap) entete(ws, `${lettre(i)}${h2}`, c.titre);
    else entete(ws, `${lettre(i)}${h1}`, c.titre, `${lettre(i)}${h1}:${lettre(i)}${h2}`);
  });
  entete(
    ws,
    `${lettre(iCap)}${h1}`,
    "Capacité autorisée",
    `${lettre(iCap)}${h1}:${lettre(iCap + nCap - 1)}${h1}`,
  );
  let ligne = h2 + 1;
  for (const e of lignes) {
    colonnes.forEach((c, i) => {
      const a = `${lettre(i)}${ligne}`;
      r.saisie(ws, a, c.valeur(e), { remplissage: SAISIE.bleuVert, ...c.o });
      r.valeur(ws, a, {
        zone: cle,
        esms: e?.finess ?? null,
        ...(e ? {} : { perimetre: "ligne reservee" }),
        mesure: c.mesure,
      });
      if (e?.id === "savs-var" && c === FINESS)
        r.erreur(ws, a, {
          famille: "finess",
          controle: "finess/cle",
          description:
            "Clé de Luhn fausse sur le FINESS de la SAVS Horizons Var (même numéro dans les autres onglets).",
        });
      if (e?.id === "fam-restanque" && c === INTERNAT)
        r.erreur(ws, a, {
          famille: "signaletique",
          controle: "signaletique/internat-superieur-capacite",
          description: "FAM La Restanque : 32 places d'internat pour une capacité totale de 30.",
        });
    });
    ligne += 1;
  }
  const premiere = h2 + 1;
  libelle(
    ws,
    `B${ligne}`,
    `Total ${titre.includes("Adultes") ? "secteur Adultes" : "secteur Enfance"}`,
    { gras: true, fusion: `B${ligne}:${lettre(iCap - 1)}${ligne}` },
  );
  colonnes.slice(iCap, iCap + nCap).forEach((c, k) => {
    const l = lettre(iCap + k);
    const somme = lignes.reduce((s, e) => s + Number(c.valeur(e) ?? 0), 0);
    r.calcul(ws, `${l}${ligne}`, `SUM(${l}${premiere}:${l}${ligne - 1})`, somme, {
      format: FORMATS.entier,
      gras: true,
    });
    r.valeur(ws, `${l}${ligne}`, {
      zone: cle,
      esms: null,
      perimetre: cle.endsWith("adultes") ? "adultes" : "enfance",
      mesure: c.mesure,
    });
  });
  r.zone(ws, cle, `B${h1}:${lettre(fin - c0)}${ligne}`, titre);
  return ligne + 2;
}

export function ecrireAnnexe1(r: Enregistreur): void {
  const ws = r.onglet(NOMS.annexe1, "annexe-1");
  largeurs(ws, [2, 24, 30, 16, 16, 12, 11, 13, 13, 18, 30]);
  bandeau(ws, "B1:K1", "ANNEXE 1 — FICHE SIGNALÉTIQUE DE L'ORGANISME GESTIONNAIRE ET DES ESMS");
  let ligne = identification(r, ws) + 2;
  libelle(
    ws,
    `B${ligne}`,
    "B. Établissements et services du périmètre du CPOM (une ligne par ESMS, capacités globalisées)",
    { italique: true, fusion: `B${ligne}:K${ligne}` },
  );
  ligne = tableau(
    r,
    ws,
    ligne + 1,
    "a1/esms-adultes",
    "ESMS du secteur Adultes",
    [FINESS, NOM, CATEGORIE, COMMUNE, DEPARTEMENT, TOTALE, INTERNAT, JOUR, AUTORITE, PUBLIC],
    ADULTES,
  );
  tableau(
    r,
    ws,
    ligne,
    "a1/esms-enfance",
    "ESMS du secteur Enfance",
    [SECTEUR, FINESS, NOM, CATEGORIE, COMMUNE, TOTALE, INTERNAT, AUTORITE, PUBLIC],
    [...ENFANCE, undefined],
  );
}
