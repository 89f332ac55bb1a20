import type { Champ, Indicateur2D, LigneEsms } from "../classeur/modele";
import type { Location } from "../classeur/snapshot";
import { absents2D, identite, ouIndicateur } from "./absent-2d";
import { trouverEsms } from "../indicateurs/esms";
import { creton2D, lignesCreton } from "./creton-outils";
import { categorieEsms, esmsRenseignes, nomEsms } from "./esms";
import { lireFiness } from "./finess-outils";
import type { Controle } from "./types";

/** Famille `coherence` : les ESMS de l'Annexe 1 se retrouvent dans 2-B, 2-C, 2-D et 2-F. */

const loc = (l: LigneEsms) => (l.champs.nom ?? l.champs.finess)?.location;
const finessDe = (l: LigneEsms) => lireFiness(l.champs.finess?.cellule.value).numero;

export const CONTROLES_COHERENCE: readonly Controle[] = [
  {
    meta: {
      id: "coherence/esms-absent-2f",
      gravite: "alerte",
      onglets: ["creton-2f", "annexe-1"],
      description:
        "Chaque établissement enfance avec hébergement ou accueil de jour figure en 2-F.",
      messages: {
        absent:
          "2-F : {{nom}} n'apparaît pas ; indiquez 0 s'il n'y a aucun jeune en amendement Creton.",
      },
      correction: "Ajouter la ligne de l'établissement.",
      pourquoi:
        "2-F se remplit « par établissement » : une absence ne dit pas s'il y a zéro Creton.",
      source: "Guide ARS Pays de la Loire, 2-F [CONFIRMÉ]",
    },
    run(vue, signaler) {
      if (!vue.repere.creton2f) return;
      const presents = new Set(
        lignesCreton(vue.repere)
          .map((l) => l.esms)
          .filter((x) => !!x),
      );
      for (const l of esmsRenseignes(vue.repere)) {
        const cat = categorieEsms(l);
        const etablissement = cat
          ? cat.secteur === "enfance" && !cat.service
          : l.secteur === "enfance";
        const a = loc(l);
        if (!etablissement || presents.has(l) || !a) continue;
        signaler({ messageId: "absent", data: { nom: nomEsms(l) }, a });
      }
    },
  },
  {
    meta: {
      id: "coherence/esms-absent-2d",
      gravite: "alerte",
      onglets: ["complementaires-2d", "annexe-1"],
      description:
        "Un indicateur 2-D par ESMS a des valeurs pour chaque ESMS de l'Annexe 1 auquel il s'applique (catégorie, modes d'accueil, secteur et nature).",
      messages: { absent: "2-D : {{nom}} ({{finess}}) n'a pas de valeurs pour {{indicateur}}." },
      correction: "Ajouter l'ESMS ou compléter ses valeurs.",
      pourquoi: "Un ESMS sans valeur échappe à la comparaison entre établissements.",
      source: "[INFÉRENCE]",
    },
    run(vue, signaler) {
      // Un constat par ESMS (identité), qui cite tous les indicateurs où il manque, dans 2-D.
      const parEsms = new Map<string, { l: LigneEsms; ind: Indicateur2D[] }>();
      for (const ind of vue.repere.complementaires2d?.indicateurs ?? []) {
        for (const l of absents2D(vue.repere, ind)) {
          const g = parEsms.get(identite(l)) ?? { l, ind: [] };
          g.ind.push(ind);
          parEsms.set(identite(l), g);
        }
      }
      for (const { l, ind } of parEsms.values()) {
        const a = ind.map(ouIndicateur).filter((x): x is Location => !!x);
        if (a.length === 0) continue;
        signaler({
          messageId: "absent",
          data: {
            nom: nomEsms(l),
            finess: finessDe(l) || "sans FINESS",
            indicateur: ind.map((i) => `« ${i.intitule} »`).join(", "),
          },
          a,
        });
      }
    },
  },
  {
    meta: {
      id: "coherence/esms-inconnu",
      gravite: "alerte",
      onglets: ["flash-2b", "anap-2c", "complementaires-2d", "creton-2f", "annexe-1"],
      description: "Un ESMS cité en 2-B, 2-C, 2-D ou 2-F figure à l'Annexe 1.",
      messages: { inconnu: "{{onglet}} : {{nom}} ne figure pas à l'Annexe 1." },
      correction: "Ajouter l'ESMS à l'Annexe 1 ou corriger le nom / FINESS.",
      pourquoi: "L'Annexe 1 fixe le périmètre du CPOM.",
      source: "Guide ARS Pays de la Loire [CONFIRMÉ]",
    },
    run(vue, signaler) {
      const r = vue.repere;
      if (esmsRenseignes(r).length === 0) return;
      const inconnu = (finess: string, nom: string) => !trouverEsms(r.annexe1, finess, nom);
      for (const l of lignesCreton(r)) {
        const c = l.ligne.finess ?? l.ligne.nom ?? l.ligne.valeurs[0]?.champ;
        if (!l.esms && c)
          signaler({
            messageId: "inconnu",
            data: { onglet: r.creton2f?.onglet.nom ?? "2-F", nom: l.nom },
            a: c.location,
          });
      }
      for (const zone of [r.flash2b, r.anap2c]) {
        for (const e of zone?.esms ?? []) {
          const c = Object.values(e.valeurs).find((x): x is Champ => !!x);
          if (c && inconnu(e.finess, e.nom)) {
            signaler({
              messageId: "inconnu",
              data: { onglet: zone?.onglet.nom ?? "", nom: e.nom || e.finess },
              a: c.location,
            });
          }
        }
      }
      for (const ind of r.complementaires2d?.indicateurs ?? []) {
        for (const c of ind.colonnes) {
          const finess = c.finess ?? c.perimetre;
          if (lireFiness(finess).statut !== "valide" || !inconnu(finess, c.nom ?? "")) continue;
          signaler({
            messageId: "inconnu",
            data: { onglet: r.complementaires2d?.onglet.nom ?? "2-D", nom: c.perimetre },
            a: c.numerateur.location,
          });
        }
      }
    },
  },
  {
    meta: {
      id: "coherence/creton-2d-2f",
      gravite: "alerte",
      onglets: ["creton-2f", "complementaires-2d"],
      description: "Le numérateur Creton de 2-D égale le total 2-F de l'établissement.",
      messages: { ecart: "{{nom}} : {{n2d}} Creton en 2-D, {{n2f}} en 2-F." },
      correction: "Mettre les deux onglets en cohérence (même date du 31/12/N-1).",
      pourquoi: "Le même nombre au 31/12/N-1 ne peut pas différer d'un onglet à l'autre.",
      source: "[INFÉRENCE]",
    },
    run(vue, signaler) {
      for (const l of lignesCreton(vue.repere)) {
        const d = l.esms && creton2D(vue.repere, l.esms);
        if (!d || d.creton === null || l.total === null || d.creton === l.total) continue;
        signaler({
          messageId: "ecart",
          data: { nom: l.nom, n2d: d.creton, n2f: l.total },
          a: d.colonne.numerateur.location,
        });
      }
    },
  },
];
