// The FollowTheMoney reader lives in ./ftm/; callers import it from here.
export { parseFtm } from './parseLines';
