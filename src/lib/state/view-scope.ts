/**
 * The answers of one shown view. A controller's `show(plan)` asks the engine for a view; once the
 * view is left (the cleanup runs), answers still on their way belong to a view no longer on
 * screen and are dropped. The engine's channels drop an older answer only when a newer request
 * is made on the same channel — and a Cox fit is asked only after the curves settle, or not at
 * all — so without this an older view's answer could be shown under the next view.
 * @example const scope = viewScope(); run(req).then(scope.mine((r) => (this.x = r))); return scope.leave;
 */
export function viewScope() {
  let left = false;
  return {
    /** `use`, called only while the view is shown. */
    mine<T>(use: (value: T) => void): (value: T) => void {
      return (value) => {
        if (!left) use(value);
      };
    },
    get left(): boolean {
      return left;
    },
    leave(): void {
      left = true;
    },
  };
}
