/**
 * `npm run schema:print`: prints the partner API schema as served (the
 * contract plus src/partner-api/schema/additions.graphql). Needs no database:
 *
 *   npm run --silent schema:print | node ../shared/tools/contract-check.mjs
 */
import { printPartnerSchema } from '../src/partner-api/schema'

process.stdout.write(printPartnerSchema() + '\n')
