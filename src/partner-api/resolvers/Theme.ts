import type { ThemeResolvers } from '../generated/resolvers'
import { themeNode } from '../nodes'

/** id, slug, name, description and scheme are properties of the node (see nodes.ts). */
export const Theme: ThemeResolvers = {
  parent: ({ theme, lang }, _args, ctx) => {
    const parent = theme.parentId ? ctx.loaders.themes.load(theme.parentId) : null
    return parent ? themeNode(ctx.snapshot, parent, lang) : null
  },
  children: ({ theme, lang }, _args, ctx) => ctx.snapshot.themeChildren(theme.id).map((child) => themeNode(ctx.snapshot, child, lang)),
  practiceCount: ({ theme }, _args, ctx) => ctx.loaders.themePracticeCount(theme.id),
}
