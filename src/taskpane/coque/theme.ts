import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Luminance relative (0 = noir, 1 = blanc) d'une couleur « #RRGGBB » ; `null` si illisible. */
export function luminance(couleur: string): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(couleur.trim());
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h ?? "0", 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Thème Fluent qui suit le thème d'Office : sombre quand un texte clair contraste mieux qu'un texte
 * foncé sur le fond d'Office (luminance < 0,179, point d'égalité des contrastes WCAG), sinon clair.
 */
export function themePourFond(fond: string | undefined): Theme {
  const l = fond === undefined ? null : luminance(fond);
  return l !== null && l < 0.179 ? webDarkTheme : webLightTheme;
}

/**
 * Lit `Office.context.officeTheme` quand il existe (pas hors d'Office, pas sur tous les hôtes) ;
 * thème clair par défaut.
 */
export function themeOffice(): Theme {
  try {
    const office = (globalThis as { Office?: typeof Office }).Office;
    return themePourFond(office?.context?.officeTheme?.bodyBackgroundColor);
  } catch {
    return webLightTheme;
  }
}
