import { pickText } from '../../read-model'
import { THEME_SCHEME } from '../enums'
import type { ThemeResolvers } from '../generated/resolvers'

export const Theme: ThemeResolvers = {
  id: ({ theme }) => theme.id,
  slug: ({ theme }) => theme.slug,
  name: ({ theme, lang }) => pickText(theme.name, lang) ?? theme.slug,
  description: ({ theme, lang }) => pickText(theme.description, lang),
  scheme: ({ theme }) => THEME_SCHEME[theme.scheme],
  parent: ({ theme, lang }, _args, ctx) => {
    const parent = theme.parentId ? ctx.loaders.themes.load(theme.parentId) : null
    return parent ? { theme: parent, lang } : null
  },
  children: ({ theme, lang }, _args, ctx) => ctx.snapshot.themeChildren(theme.id).map((child) => ({ theme: child, lang })),
  practiceCount: ({ theme }, _args, ctx) => ctx.loaders.themePracticeCount(theme.id),
}
