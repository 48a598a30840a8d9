/**
 * Renders generated pairs in a separate process, for the determinism test: reads a JSON file of edited pairs and
 * prints, as one JSON array, every output the tests compare byte for byte (see renderPair).
 */
import { readFileSync } from 'node:fs';
import { renderPair } from './render';
import type { EditedPair } from './gen';

const pairs = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as EditedPair[];
process.stdout.write(JSON.stringify(pairs.map(renderPair)));
