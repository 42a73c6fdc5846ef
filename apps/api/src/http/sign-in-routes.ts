import {
  type TAuthConfig,
  type TDemoUsersResponse,
  type TDevSignInResponse,
  ZAuthConfig,
  ZDemoUsersResponse,
  ZDevSignInInput,
  ZDevSignInResponse,
} from "@housing/schemas/auth";
import type { FastifyInstance } from "fastify";
import type { Clock } from "../kernel/clock.ts";
import { AppError } from "../kernel/app-error.ts";
import type { Auth } from "../auth/auth.ts";
import { demoUsers } from "../auth/demo-users.ts";
import { signInAsDemoUser } from "../auth/dev-sign-in.ts";
import { validatedOutput } from "./rest-route.ts";

const devSignInOff = () => new AppError("NotFound", "The development sign-in is switched off");

export function registerSignInRoutes(app: FastifyInstance, auth: Auth, clock: Clock): void {
  const open = { config: { public: true } };

  // Answers are checked against their schemas like every other route's (a mismatch is a plain 500).
  app.get("/api/v1/auth/config", open, async (): Promise<TAuthConfig> =>
    validatedOutput(ZAuthConfig, { devSignInEnabled: auth.devSignIn !== undefined }),
  );

  app.get("/api/v1/auth/demo-users", open, async (): Promise<TDemoUsersResponse> => {
    if (!auth.devSignIn) throw devSignInOff();
    return validatedOutput(ZDemoUsersResponse, { users: [...demoUsers] });
  });

  app.post("/api/v1/auth/dev-sign-in", open, async (request): Promise<TDevSignInResponse> => {
    const devSignIn = auth.devSignIn;
    if (!devSignIn) throw devSignInOff();
    const { userId } = ZDevSignInInput.parse(request.body ?? {});
    const signedIn = await signInAsDemoUser({ userId, secret: devSignIn.secret, groupRoles: auth.groupRoles, clock });
    request.log.info({ userId, role: signedIn.user.role }, "Development sign-in");
    return validatedOutput(ZDevSignInResponse, signedIn);
  });
}
