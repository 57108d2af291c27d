// Generated from bapi-2026-05-12.yml (GetUserList). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import * as s from "../core/shape.js";
import { User } from "../models/user.js";

/** The request of {@link usersList}: path, query and body keys by their wire names. */
export interface UsersListRequest {
  /**
   * Returns users with the specified email addresses.
   * Accepts up to 100 email addresses.
   * Any email addresses not found are ignored.
   */
  email_address?: string[];
  /**
   * Returns users with the specified phone numbers.
   * Accepts up to 100 phone numbers.
   * Any phone numbers not found are ignored.
   */
  phone_number?: string[];
  /**
   * Returns users with the specified external IDs.
   * For each external ID, the `+` and `-` can be
   * prepended to the ID, which denote whether the
   * respective external ID should be included or
   * excluded from the result set.
   * Accepts up to 100 external IDs.
   * Any external IDs not found are ignored.
   */
  external_id?: string[];
  /**
   * Returns users with the specified usernames.
   * Accepts up to 100 usernames.
   * Any usernames not found are ignored.
   */
  username?: string[];
  /**
   * Returns users with the specified web3 wallet addresses.
   * Accepts up to 100 web3 wallet addresses.
   * Any web3 wallet addresses not found are ignored.
   */
  web3_wallet?: string[];
  /**
   * Returns users with the user IDs specified.
   * For each user ID, the `+` and `-` can be
   * prepended to the ID, which denote whether the
   * respective user ID should be included or
   * excluded from the result set.
   * Accepts up to 100 user IDs.
   * Any user IDs not found are ignored.
   */
  user_id?: string[];
  /**
   * Returns users that have memberships to the
   * given organizations.
   * For each organization ID, the `+` and `-` can be
   * prepended to the ID, which denote whether the
   * respective organization should be included or
   * excluded from the result set.
   * Accepts up to 100 organization IDs.
   */
  organization_id?: string[];
  /**
   * Returns users that match the given query.
   * For possible matches, we check the email addresses, phone numbers, usernames, web3 wallets, user IDs, first and last names.
   * The query value doesn't need to match the exact value you are looking for, it is capable of partial matches as well.
   */
  query?: string;
  /**
   * Returns users with emails that match the given query, via case-insensitive partial match.
   * For example, `email_address_query=ello` will match a user with the email `HELLO@example.com`.
   */
  email_address_query?: string;
  /**
   * Returns users with phone numbers that match the given query, via case-insensitive partial match.
   * For example, `phone_number_query=555` will match a user with the phone number `+1555xxxxxxx`.
   */
  phone_number_query?: string;
  /**
   * Returns users with usernames that match the given query, via case-insensitive partial match.
   * For example, `username_query=CoolUser` will match a user with the username `SomeCoolUser`.
   */
  username_query?: string;
  /** Returns users with names that match the given query, via case-insensitive partial match. */
  name_query?: string;
  /** Returns users which are either banned (`banned=true`) or not banned (`banned=false`). */
  banned?: boolean;
  /**
   * Returns users whose last session activity was before the given date (with millisecond precision).
   * Example: use 1700690400000 to retrieve users whose last session activity was before 2023-11-23.
   */
  last_active_at_before?: number;
  /**
   * Returns users whose last session activity was after the given date (with millisecond precision).
   * Example: use 1700690400000 to retrieve users whose last session activity was after 2023-11-23.
   */
  last_active_at_after?: number;
  /**
   * Returns users that had session activity since the given date.
   * Example: use 1700690400000 to retrieve users that had session activity from 2023-11-23 until the current day.
   * Deprecated in favor of `last_active_at_after`.
   *
   * @deprecated
   */
  last_active_at_since?: number;
  /**
   * Returns users who have been created before the given date (with millisecond precision).
   * Example: use 1730160000000 to retrieve users who have been created before 2024-10-29.
   */
  created_at_before?: number;
  /**
   * Returns users who have been created after the given date (with millisecond precision).
   * Example: use 1730160000000 to retrieve users who have been created after 2024-10-29.
   */
  created_at_after?: number;
  /**
   * Returns users whose last sign-in was before the given date (with millisecond precision).
   * Example: use 1700690400000 to retrieve users whose last sign-in was before 2023-11-23.
   */
  last_sign_in_at_before?: number;
  /**
   * Returns users whose last sign-in was after the given date (with millisecond precision).
   * Example: use 1700690400000 to retrieve users whose last sign-in was after 2023-11-23.
   */
  last_sign_in_at_after?: number;
  /**
   * Returns users with external accounts for the specified OAuth provider.
   * Must be used in combination with the `provider_user_id` parameter.
   * For example, use `provider=oauth_google&provider_user_id=12345` to retrieve a user with Google provider user ID 12345.
   */
  provider?: string;
  /**
   * Returns users with the specified provider user IDs for a specific provider.
   * Must be used in combination with the `provider` parameter.
   * For example, use `provider=oauth_google&provider_user_id=12345` to retrieve a user with Google provider user ID 12345.
   * Accepts up to 100 provider user IDs.
   * Any provider user IDs not found are ignored.
   */
  provider_user_id?: string[];
  /**
   * Applies a limit to the number of results returned.
   * Can be used for paginating the results together with `offset`.
   */
  limit?: number;
  /**
   * Skip the first `offset` results when paginating.
   * Needs to be an integer greater or equal to zero.
   * To be used in conjunction with `limit`.
   */
  offset?: number;
  /**
   * A cursor for pagination: the `id` of the last user on the previous page. Returns the users that follow it.
   *
   * **Requires ordering by `created_at`** — that is, `order_by` omitted, or set to `created_at`, `+created_at`
   * or `-created_at`. Any other `order_by` value is rejected with a 422: the other orderings sort by a value
   * that is neither unique per user nor immutable, so a cursor over them would skip or repeat users.
   *
   * Cannot be combined with a non-zero `offset`, which is also a 422. Keep every other parameter identical
   * across requests, and stop when a page returns fewer than `limit` users.
   */
  starting_after?: string;
  /**
   * Allows to return users in a particular order.
   * At the moment, you can order the returned users by their `created_at`,`updated_at`,`email_address`,`web3wallet`,`first_name`,`last_name`,`phone_number`,`username`,`last_active_at`,`last_sign_in_at`.
   * In order to specify the direction, you can use the `+/-` symbols prepended in the property to order by.
   * For example, if you want users to be returned in descending order according to their `created_at` property, you can use `-created_at`.
   * If you don't use `+` or `-`, then `+` is implied. We only support one `order_by` parameter, and if multiple `order_by` parameters are provided, we will only keep the first one. For example,
   * if you pass `order_by=username&order_by=created_at`, we will consider only the first `order_by` parameter, which is `username`. The `created_at` parameter will be ignored in this case.
   * Only the `created_at` orderings can be combined with `starting_after` cursor pagination; see that parameter.
   */
  order_by?: "created_at" | "+created_at" | "-created_at" | "updated_at" | "+updated_at" | "-updated_at" | "email_address" | "+email_address" | "-email_address" | "web3wallet" | "+web3wallet" | "-web3wallet" | "first_name" | "+first_name" | "-first_name" | "last_name" | "+last_name" | "-last_name" | "phone_number" | "+phone_number" | "-phone_number" | "username" | "+username" | "-username" | "last_active_at" | "+last_active_at" | "-last_active_at" | "last_sign_in_at" | "+last_sign_in_at" | "-last_sign_in_at";
}

const op: Operation<User[]> = {
  id: "GetUserList",
  method: "GET",
  path: "/users",
  query: { email_address: "s[]", phone_number: "s[]", external_id: "s[]", username: "s[]", web3_wallet: "s[]", user_id: "s[]", organization_id: "s[]", query: "s", email_address_query: "s", phone_number_query: "s", username_query: "s", name_query: "s", banned: "b", last_active_at_before: "i", last_active_at_after: "i", last_active_at_since: "i", created_at_before: "i", created_at_after: "i", last_sign_in_at_before: "i", last_sign_in_at_after: "i", provider: "s", provider_user_id: "s[]", limit: "i", offset: "i", starting_after: "s", order_by: "s" },
  response: /*#__PURE__*/ s.array(User),
};

/**
 * List all users
 *
 * Returns a list of all users.
 * The users are returned sorted by creation date, with the newest users appearing first.
 *
 * To walk more than a few pages, paginate with `starting_after` rather than `offset`.
 * A cursor page costs the same no matter how far into the list it sits, while a large `offset`
 * has to walk and discard every row before it, so it gets progressively slower and eventually
 * times out. Cursor pagination requires the `created_at` ordering, which is the default.
 *
 * `GET /users` · documented errors: 400, 401, 422 · pages with `paginate` (bare array)
 */
export function usersList(
  core: ClerkCore,
  request?: UsersListRequest,
  options?: CallOptions,
): Promise<Result<User[], CallError<400 | 401 | 422>>> {
  return call(core, op, request, options);
}
