export * from './types';
export {
  validateGraphFile,
  parseGraphFile,
  type ValidationResult,
  type GraphFileProblem,
} from './validate';
export { deriveCollaborations, jointPapers, pairKey } from './collaborations';
