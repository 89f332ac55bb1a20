/** Clé FINESS (Luhn sur 9 chiffres ; Corse : 2A → 21, 2B → 22 pour le calcul). */

function chiffres(numero: string): string {
  return numero.replace(/^2A/, "21").replace(/^2B/, "22");
}

export function luhnValide(numero: string): boolean {
  const s = chiffres(numero);
  if (!/^[0-9]{9}$/.test(s)) return false;
  let somme = 0;
  for (let i = 0; i < s.length; i += 1) {
    let d = Number(s[s.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    somme += d;
  }
  return somme % 10 === 0;
}

/** Numéro complet à partir des 8 premiers caractères (clé calculée). */
export function avecCle(huit: string): string {
  for (let k = 0; k <= 9; k += 1) {
    if (luhnValide(`${huit}${k}`)) return `${huit}${k}`;
  }
  throw new Error(`Aucune clé pour ${huit}`);
}

/** Numéro à clé fausse (clé juste + 1, modulo 10) : erreur semée. */
export function avecCleFausse(huit: string): string {
  const juste = Number(avecCle(huit).slice(-1));
  return `${huit}${(juste + 1) % 10}`;
}
