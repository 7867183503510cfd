/**
 * The address box's field. With JavaScript the browser geocodes through /api/v1/geocode and
 * puts `near` in the URL; without it the form sends this field and the page geocodes it.
 * In a module of its own so client code can use it without loading the search schema.
 */
export const ADDRESS_PARAM = "adres";
