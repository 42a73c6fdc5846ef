export {
  type AppRouter,
  createHousingClient,
  type HousingClient,
  type HousingClientGetTokenOptions,
  type HousingClientOptions,
  type HousingClientTokenOptions,
  type HousingInputs,
  type HousingOutputs,
} from "./housing-client.js";
export {
  type HousingClientError,
  type HousingErrorCode,
  type HousingErrorShape,
  type HousingFieldError,
  housingErrorCode,
  housingFieldErrors,
  isHousingClientError,
} from "./errors.js";
