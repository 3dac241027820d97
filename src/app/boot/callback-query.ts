/** A sign-in callback's query: Spotify sends back `code` and `state`, or an `error`. */
export const CALLBACK_QUERY = /[?&](?:code|error|state)=/;
