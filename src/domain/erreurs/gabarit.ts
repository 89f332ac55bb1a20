/**
 * Messages comme données (issue 17, ADR 0015) : un producteur rend `{ code, params }`, un seul rendu
 * français par zone les met en phrases. Un gabarit est un texte à `{{paramètres}}` ; ses paramètres
 * sont typés d'après le texte même : un paramètre oublié ou en trop ne compile pas.
 *
 * - `{{nom}}` : la valeur telle quelle ;
 * - `{{n:singulier|pluriel}}` : l'un ou l'autre mot selon `n` (pluriel au-delà de 1, à la française).
 */

export type ValeurParametre = string | number;

type NomDe<P extends string> = P extends `${infer N}:${string}` ? N : P;

/** Noms des paramètres d'un gabarit. */
export type Parametres<M extends string> = M extends `${string}{{${infer P}}}${infer R}`
  ? NomDe<P> | Parametres<R>
  : never;

export type ParamsDe<M extends string> = { readonly [K in Parametres<M>]: ValeurParametre };

/** Les gabarits d'une zone : code stable → texte français. */
export type Catalogue = Readonly<Record<string, string>>;

/** Un message d'une zone, en données : son code et ses paramètres typés. */
export type MessageDe<C extends Catalogue> = {
  readonly [K in keyof C & string]: { readonly code: K; readonly params: ParamsDe<C[K]> };
}[keyof C & string];

const PARAMETRE = /\{\{([a-zA-Z0-9]+)(?::([^|}]*)\|([^}]*))?\}\}/g;

/** Remplace les `{{paramètres}}` d'un gabarit ; un paramètre absent est une faute du programme. */
export function interpoler(
  gabarit: string,
  params: Readonly<Record<string, ValeurParametre>>,
): string {
  return gabarit.replace(PARAMETRE, (_tout, nom: string, un?: string, plusieurs?: string) => {
    const v = params[nom];
    if (v === undefined) throw new Error(`paramètre « ${nom} » absent pour « ${gabarit} »`);
    if (un === undefined || plusieurs === undefined) return String(v);
    return Number(v) > 1 ? plusieurs : un;
  });
}

/** Le rendu français d'une zone : message en données → phrase. */
export function rendu<C extends Catalogue>(catalogue: C): (m: MessageDe<C>) => string {
  return (m) => interpoler(catalogue[m.code] ?? m.code, m.params);
}
