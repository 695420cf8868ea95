/**
 * What the editor tools need of `astro:content` to import src/content.config.ts outside Astro:
 * a collection definition is its config, exactly as Astro stores it.
 */
export const defineCollection = <Config>(config: Config): Config => config;
