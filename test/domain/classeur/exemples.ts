import type { SheetSnapshot } from "../../../src/domain/classeur/snapshot";
import { feuilleDe, type Brut } from "./fabrique";

/** Petites feuilles du modèle, construites à la main, pour les tests de repérage. */

export function annexe1(nom = "Annexe 1"): SheetSnapshot {
  return feuilleDe(
    nom,
    [
      ["Annexe 1 — Fiche signalétique"],
      ["A. Organisme gestionnaire"],
      ["Raison sociale de l'organisme gestionnaire", "Association Les Chemins"],
      ["N° FINESS juridique :", "440000016"],
      ["1. Statut juridique*", "Association loi 1901 non reconnue d'utilité publique"],
      ["Valeurs du projet associatif", "Dignité, inclusion"],
      [],
      ["B. ESMS du secteur Enfance"],
      [
        "N° FINESS géographique",
        "Nom de l'établissement ou du service",
        "Catégorie",
        "Capacité totale autorisée",
        "dont capacité en internat",
      ],
      ["440000024", "IME Les Pins", "IME", 40, 20],
      ["440000032", "SESSAD Horizon", "SESSAD", 30, null],
      ["Total", null, null, "=SUM(D10:D11)", "=SUM(E10:E11)"],
      [],
      ["C. ESMS du secteur Adultes"],
      [
        "FINESS ET",
        "Dénomination",
        "Type d'ESMS",
        "Nombre de places autorisées",
        "Dont hébergement",
      ],
      ["440000040", "ESAT L'Atelier", "ESAT", 60, 0],
      ["440000057", "MAS Les Iris", "MAS", 45, 45],
      [null, null, null, null, null],
    ],
    {
      bleus: ["B3:B6", "A10:E11", "A16:E18"],
      fusions: ["B6:E6", "A1:E1"],
      caches: { D12: 70, E12: 20 },
    },
  );
}

export function axe11(nom = "Axe 1-1"): SheetSnapshot {
  return feuilleDe(
    nom,
    [
      ["Axe 1-1 : ESMS du secteur Enfance"],
      ["Thématique 1 : Connaissance des besoins et gestion des admissions"],
      ["Liste d'attente centralisée pour l'OG", "Oui"],
      ["Nombre d'enfants notifiés en attente au 31/12", 12],
      ["Outils d'évaluation partagés", true, "Grilles", false, "SERAFIN-PH"],
      ["Indicateurs mobilisables : voir 2-B", null, null, null, "=2B!C4"],
      ["Modalités de mise en œuvre", "Une commission d'admission mensuelle."],
      ["Difficultés rencontrées", null],
      ["Points forts", null],
      ["Points d'amélioration", "Délais trop longs"],
      ["Thématique n° 2 – Scolarisation"],
      ["Convention avec l'Éducation nationale à jour", "Pratiques hétérogènes"],
      ["Date de la convention la plus ancienne", null],
      ["Points d'amélioration :", null],
    ],
    {
      bleus: ["B3:B4", "B5", "D5", "B7:B10", "B12:B14"],
      fusions: ["B7:E7", "B8:E8", "B9:E9", "B10:E10", "B14:E14"],
      listes: {
        B3: ["Oui", "Non", "Pratiques hétérogènes"],
        B12: ["Oui", "Non", "Pratiques hétérogènes"],
      },
      formats: { B13: "dd/mm/yyyy" },
    },
  );
}

/** 2-B (ou 2-C) : un ESMS par ligne ; `transposer` pour un ESMS par colonne. */
export function tableauEsms(nom: string, transposer = false): SheetSnapshot {
  const lignes: Brut[][] = [
    ["Annexe 2-B — Indicateurs FLASH (campagne 2024)"],
    [],
    ["N° FINESS", "Établissement", "Part des PP formalisés", "CVS en place", "Réunions du CVS"],
    ["440000024", "IME Les Pins", 0.92, "Oui", 3],
    ["440000032", "SESSAD Horizon", 0.85, "Non", 0],
    ["440000040", "ESAT L'Atelier", 0.78, "Oui", 4],
  ];
  if (!transposer) return feuilleDe(nom, lignes, { bleus: ["C6:E6"] });
  const donnees = lignes.slice(2);
  const largeur = Math.max(...donnees.map((l) => l.length));
  const t: Brut[][] = [
    lignes[0] ?? [],
    [],
    ...Array.from({ length: largeur }, (_, j) => donnees.map((l) => l[j] ?? null)),
  ];
  return feuilleDe(nom, t, { bleus: ["D5:D7"] });
}

export function complementaires(nom = "2-D"): SheetSnapshot {
  return feuilleDe(
    nom,
    [
      ["Annexe 2-D — Indicateurs complémentaires"],
      [null, null, "IME Les Pins", "SESSAD Horizon"],
      ["1. Projets personnalisés réactualisés depuis moins de 12 mois"],
      ["Numérateur : personnes dont le PP a été réactualisé", null, 30, 25],
      ["Dénominateur : personnes accompagnées au 31/12", null, 40, 30],
      ["Taux", null, "=C4/C5", "=D4/D5"],
      [],
      ["2. Professionnels formés à la bientraitance", null, "Organisme"],
      ["Numérateur", "salariés formés sur 3 ans", 50],
      ["Dénominateur", "salariés au 31/12", 200],
      ["Taux", null, "=C9/C10"],
    ],
    {
      bleus: ["C4:D5", "C9:C10"],
      fusions: ["A4:B4", "A5:B5"],
      caches: { C6: 0.75, D6: 25 / 30, C11: 0.25 },
    },
  );
}

export function financier(nom = "2-E"): SheetSnapshot {
  return feuilleDe(
    nom,
    [
      ["Annexe 2-E — Diagnostic budgétaire et financier"],
      ["Tableau E1 — Résultats cumulés par autorité de tarification"],
      ["Autorité", "2021", "2022", "2023", "Cumul 3 ans"],
      ["ESMS relevant de l'ARS seule", 1000, -500, 200, "=SUM(B4:D4)"],
      ["ESMS relevant du Département seul", 300, 100, null, "=SUM(B5:D5)"],
      ["ESMS à compétence conjointe ARS / Département", 0, 0, 0, "=SUM(B6:D6)"],
      ["Total organisme", "=SUM(B4:B6)", "=SUM(C4:C6)", "=SUM(D4:D6)", "=SUM(E4:E6)"],
      [],
      ["Tableau E3 — Indicateurs financiers sur 3 exercices"],
      ["Code", "Libellé", "2021", "2022", "2023"],
      [
        "B1",
        "Financements stables d'investissement, hors amortissements cumulés",
        5000,
        5100,
        5200,
      ],
      ["B13", "Disponibilités", 800, 900, 950],
      [null, "Fonds de roulement net global", "=C11-1", "=D11-1", "=E11-1"],
    ],
    {
      bleus: ["B4:D6", "C11:E12"],
      caches: {
        E4: 700,
        E5: 400,
        E6: 0,
        B7: 1300,
        C7: -400,
        D7: 200,
        E7: 1100,
        C13: 4999,
        D13: 5099,
        E13: 5199,
      },
    },
  );
}

export function creton(nom = "2-F"): SheetSnapshot {
  return feuilleDe(
    nom,
    [
      ["Annexe 2-F — Activité des plus de 20 ans en amendement Creton au 31/12/2023"],
      [
        "N° FINESS",
        "Établissement",
        "Internat",
        null,
        null,
        null,
        "Semi-internat",
        null,
        null,
        null,
        "Total",
      ],
      [null, null, "ESAT", "MAS", "FAM", "Foyer de vie", "ESAT", "MAS", "EAM", "EANM", null],
      ["440000024", "IME Les Pins", 1, 0, 2, 0, 0, 0, 0, 1, "=SUM(C4:J4)"],
      ["440000081", "IEM Le Phare", 0, 1, 0, 0, 0, 0, 0, 0, "=SUM(C5:J5)"],
      ["Total", null, "=SUM(C4:C5)", null, null, null, null, null, null, null, "=SUM(K4:K5)"],
    ],
    {
      bleus: ["C4:J5"],
      fusions: ["A2:A3", "B2:B3", "C2:F2", "G2:J2", "K2:K3"],
      caches: { K4: 4, K5: 1, C6: 1, K6: 5 },
    },
  );
}
