import { deserialize, serialize } from "node:v8";
import type { FilAnalyse } from "../../../src/taskpane/analyse/analyseur";
import {
  repondre,
  type DemandeAnalyse,
  type EtapesAnalyse,
  type ReponseAnalyse,
} from "../../../src/taskpane/analyse/messages";
import { completerAnalyse } from "../../../src/use-cases/analyser";
import { analyserSommaire } from "../../../src/use-cases/analyser-sommaire";

/**
 * Un faux Worker pour les tests du fil d'analyse (ADR 0013, 0022) : messages recopiés par clonage
 * structuré (celui de v8 : jsdom n'a pas `structuredClone`) comme entre deux fils, chaque envoi
 * livré à part (tâche suivante), dans l'ordre.
 */
export const cloner = <T>(v: T): T => deserialize(serialize(v)) as T;

export const ETAPES: EtapesAnalyse = { sommaire: analyserSommaire, complete: completerAnalyse };

type Traiter = (d: DemandeAnalyse, envoyer: (r: ReponseAnalyse) => void) => void;

export class FauxFil implements FilAnalyse {
  readonly ecoutes = new Map<string, ((e: never) => void)[]>();
  recus: DemandeAnalyse[] = [];
  /** Réponses envoyées par le fil, telles que le volet les reçoit (clonées). */
  envoyes: ReponseAnalyse[] = [];
  termine = false;
  constructor(private readonly traiter: Traiter) {}
  postMessage(m: DemandeAnalyse): void {
    const d = cloner(m);
    this.recus.push(d);
    setTimeout(() => this.traiter(d, (r) => this.livrer(r)), 0);
  }
  /** Livre une réponse du fil au volet, à la tâche suivante. */
  livrer(r: ReponseAnalyse): void {
    const c = cloner(r);
    this.envoyes.push(c);
    setTimeout(() => this.emettre("message", { data: c }), 0);
  }
  addEventListener(type: string, f: (e: never) => void): void {
    this.ecoutes.set(type, [...(this.ecoutes.get(type) ?? []), f]);
  }
  emettre(type: string, e: object): void {
    for (const f of this.ecoutes.get(type) ?? []) f(e as never);
  }
  terminate(): void {
    this.termine = true;
  }
}

/** Le fil tel qu'analyse.worker.ts : sommaire, puis complément. */
export const vraiFil = () => new FauxFil((d, envoyer) => repondre(d, ETAPES, envoyer));
